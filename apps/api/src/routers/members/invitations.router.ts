import { AppError, identity, members, resolvePrincipal } from '@crm/core';
import { z } from 'zod';
import { router } from '../../trpc/init.js';
import { publicProcedure, tenantProcedure } from '../../trpc/procedures.js';
import { authRequestOf, presentedSessionToken } from '../auth/auth-request.js';
import { idInput, listOutput } from '../shared.js';
import { invitationMail } from './invitation-mail.js';

const tags = ['Members'];

/** Inviting people by e-mail (tenant admins), and the one-time link's page (anyone holding the link). */
export const invitationsRouter = router({
  list: tenantProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/invitations',
        tags,
        summary: 'Invitations waiting for an answer (not accepted, expired or revoked)',
      },
    })
    .input(members.listInvitationsInput)
    .output(listOutput(members.pendingInvitationOutput))
    .query(({ ctx, input }) => members.listInvitations(ctx.tenant, input)),
  revoke: tenantProcedure
    .meta({
      openapi: {
        method: 'DELETE',
        path: '/invitations/{id}',
        tags,
        summary: 'Revoke a pending invitation: its link stops working',
      },
    })
    .input(idInput)
    .output(z.object({ id: z.uuid(), revoked: z.literal(true) }))
    .mutation(({ ctx, input }) => members.revokeInvitation(ctx.tenant, input.id)),
  preview: publicProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/invitations/preview',
        tags,
        summary: "What an invitation link offers (workspace, role, inviter, address), for the link's holder",
      },
    })
    .input(members.invitationTokenInput)
    .output(members.invitationPreviewOutput)
    .mutation(({ ctx, input }) => members.previewInvitation(ctx.services.database, input.token)),
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
