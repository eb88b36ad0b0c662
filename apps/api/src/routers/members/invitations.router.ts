import { AppError, identity, members, resolvePrincipal } from '@crm/core';
import { router } from '../../trpc/init.js';
import { publicProcedure, tenantProcedure } from '../../trpc/procedures.js';
import { authRequestOf, presentedSessionToken } from '../auth/auth-request.js';
import { invitationMail } from './invitation-mail.js';

const tags = ['Members'];

export const invitationsRouter = router({
  create: tenantProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/invitations',
        tags,
        summary: 'Invite someone by e-mail with a role',
      },
      created: true,
    })
    .input(members.createInvitationInput)
    .output(members.invitationOutput)
    .mutation(async ({ ctx, input }) => {
      const created = await members.createInvitation(ctx.tenant, input);
      // Sent inside the unit of work: if the mail server refuses, the invitation is rolled back.
      try {
        await ctx.services.mailer.send(invitationMail(ctx.services.config.publicUrl, created));
      } catch (error) {
        throw new AppError(
          'INTERNAL',
          'The invitation e-mail could not be sent; try again later',
          undefined,
          { cause: error },
        );
      }
      return created.invitation;
    }),
  accept: publicProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/invitations/accept',
        tags,
        summary: 'Accept an invitation (new user: name and password; signed in: token only)',
      },
    })
    .input(members.acceptInvitationInput)
    .output(identity.signedInOutput)
    .mutation(async ({ ctx, input }) => {
      const { database } = ctx.services;
      const principal = ctx.credentials ? await resolvePrincipal(database, ctx.credentials) : null;
      const accepted = await members.acceptInvitation(database, input, {
        principal,
        presentedToken: principal ? null : presentedSessionToken(ctx),
        request: authRequestOf(ctx),
      });
      if (accepted.token) ctx.setSessionCookie(accepted.token);
      return { user: accepted.user, tenant: accepted.tenant, tenants: accepted.tenants };
    }),
});
