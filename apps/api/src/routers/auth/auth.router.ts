import { AppError, identity } from '@crm/core';
import { router } from '../../trpc/init.js';
import { authedProcedure, publicProcedure } from '../../trpc/procedures.js';
import { authRequestOf, presentedSessionToken } from './auth-request.js';
import { notifySignupAttempt } from './signup-notice.js';
import { checkPassword, countPasswordAttempt } from './password-attempts.js';
import { passwordResetProcedures } from './password-reset.procedures.js';
import { sessionsProcedures } from './sessions.procedures.js';

const tags = ['Auth'];

/**
 * Sign-up, sign-in, the session, the user's other sessions and forgotten passwords. Tokens travel only in the `__Host-` session cookie; bodies never
 * carry them. Password checks are rate limited per account and per IP (429 with Retry-After).
 */
export const authRouter = router({
  signup: publicProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/auth/signup',
        tags,
        summary: 'Create a workspace and its first user, signed in',
      },
      created: true,
    })
    .input(identity.signupInput)
    .output(identity.signupOutput)
    .mutation(async ({ ctx, input }) => {
      const { loginLimiter, database } = ctx.services;
      await countPasswordAttempt(ctx, 'signup', input.email);
      const result = await identity.signup(database, input, authRequestOf(ctx), presentedSessionToken(ctx));
      if (result.kind === 'emailTaken') {
        notifySignupAttempt(ctx, result.email);
        throw AppError.conflict(
          'This e-mail address already has an account: sign in, or sign up with its password to add a workspace',
        );
      }
      // The IP keeps this attempt counted: sign-ups per IP stay bounded (anti-automation, ASVS v2.4.1).
      await loginLimiter.reset(input.email);
      ctx.setSessionCookie(result.token);
      return { tenant: result.tenant, user: result.user };
    }),
  login: publicProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/auth/login',
        tags,
        summary: 'Sign in with e-mail and password (new session)',
      },
    })
    .input(identity.loginInput)
    .output(identity.signedInOutput)
    .mutation(async ({ ctx, input }) => {
      const { loginLimiter, database } = ctx.services;
      await countPasswordAttempt(ctx, 'login', input.email);
      const signedIn = await checkPassword(ctx, 'login', input.email, () =>
        identity.login(database, input, authRequestOf(ctx), presentedSessionToken(ctx)),
      );
      await loginLimiter.reset(input.email, ctx.ip);
      ctx.setSessionCookie(signedIn.token);
      return { user: signedIn.user, tenant: signedIn.tenant, tenants: signedIn.tenants };
    }),
  logout: publicProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/auth/logout',
        tags,
        summary: 'End the session on the server and clear the cookie',
      },
    })
    .input(identity.noInput)
    .output(identity.signedOutOutput)
    .mutation(async ({ ctx }) => {
      const token = presentedSessionToken(ctx);
      if (token) await identity.logout(ctx.services.database, token, authRequestOf(ctx));
      ctx.setSessionCookie(null);
      return { signedOut: true as const };
    }),
  me: authedProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/auth/me',
        tags,
        summary: 'The signed-in user, active workspace, role, packed rules and workspaces',
      },
    })
    .input(identity.noInput)
    .output(identity.meOutput)
    .query(({ ctx }) => identity.describeSession(ctx.services.database, ctx.principal)),
  switchTenant: authedProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/auth/switch-tenant',
        tags,
        summary: 'Make another of your workspaces the active one',
      },
    })
    .input(identity.switchTenantInput)
    .output(identity.switchTenantOutput)
    .mutation(({ ctx, input }) => identity.switchTenant(ctx.services.database, ctx.principal, input)),
  changePassword: authedProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/auth/change-password',
        tags,
        summary: 'Change the password; ends every session, starts a new one',
      },
    })
    .input(identity.changePasswordInput)
    .output(identity.passwordChangedOutput)
    .mutation(async ({ ctx, input }) => {
      const { loginLimiter, database } = ctx.services;
      const account = `user:${ctx.principal.userId}`;
      await countPasswordAttempt(ctx, 'change-password', account);
      const changed = await checkPassword(ctx, 'change-password', account, () =>
        identity.changePassword(database, ctx.principal, input, authRequestOf(ctx)),
      );
      await loginLimiter.reset(account, ctx.ip);
      ctx.setSessionCookie(changed.token);
      return { passwordChanged: true as const, sessionsEnded: changed.sessionsEnded };
    }),
  ...passwordResetProcedures,
  ...sessionsProcedures,
});
