import { hashToken, identity } from '@crm/core';
import { publicProcedure } from '../../trpc/procedures.js';
import { authRequestOf, presentedSessionToken } from './auth-request.js';
import { countPasswordAttempt } from './password-attempts.js';
import { passwordResetMail } from './password-reset-mail.js';

const tags = ['Auth'];

/**
 * Forgotten passwords (ASVS v6.4): a one-time link by e-mail, then a new password with its token.
 * Mounted in the auth router.
 */
export const passwordResetProcedures = {
  requestPasswordReset: publicProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/auth/password-reset',
        tags,
        summary: 'E-mail a one-time link to set a new password (the same answer for any address)',
      },
    })
    .input(identity.requestPasswordResetInput)
    .output(identity.passwordResetRequestedOutput)
    .mutation(async ({ ctx, input }) => {
      // Counted per address and per IP like sign-ins: bounds the mail one can cause to be sent.
      await countPasswordAttempt(ctx, 'password-reset', `password-reset:${input.email}`);
      const link = await identity.requestPasswordReset(
        ctx.services.database,
        input.email,
        authRequestOf(ctx),
      );
      // Not awaited: the answer must not tell, by its timing, whether a mail was sent.
      if (link)
        void ctx.services.mailer
          .send(passwordResetMail(ctx.services.config.publicUrl, link))
          .catch(() => undefined);
      return { requested: true as const };
    }),
  resetPassword: publicProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/auth/password-reset/confirm',
        tags,
        summary: 'Set a new password with the link from the e-mail; ends every session, signs in',
      },
    })
    .input(identity.resetPasswordInput)
    .output(identity.signedInOutput)
    .mutation(async ({ ctx, input }) => {
      // Each guess is its own "account": the per-IP allowance is what bounds guessing.
      const account = `reset-link:${hashToken(input.token)}`;
      await countPasswordAttempt(ctx, 'password-reset-confirm', account);
      const signedIn = await identity.resetPassword(
        ctx.services.database,
        input,
        authRequestOf(ctx),
        presentedSessionToken(ctx),
      );
      await ctx.services.loginLimiter.reset(account, ctx.ip);
      ctx.setSessionCookie(signedIn.token);
      return { user: signedIn.user, tenant: signedIn.tenant, tenants: signedIn.tenants };
    }),
};
