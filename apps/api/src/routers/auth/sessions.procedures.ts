import { identity } from '@crm/core';
import { z } from 'zod';
import { authedProcedure } from '../../trpc/procedures.js';
import { authRequestOf } from './auth-request.js';

const tags = ['Auth'];

/**
 * Where the user is signed in, and signing out other devices (ASVS v7.5.2). Only a session manages
 * sessions: an API key is refused. Mounted in the auth router.
 */
export const sessionsProcedures = {
  sessions: authedProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/auth/sessions',
        tags,
        summary: "The signed-in user's live sessions (device, IP, last seen), the current one marked",
      },
    })
    .input(identity.noInput)
    .output(z.object({ items: z.array(identity.activeSessionOutput) }))
    .query(async ({ ctx }) => ({
      items: await identity.listActiveSessions(ctx.services.database, ctx.principal),
    })),
  endSession: authedProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/auth/sessions/{id}/end',
        tags,
        summary: 'Sign out one of your sessions (another device, or this one)',
      },
    })
    .input(identity.sessionHandleInput)
    .output(identity.sessionsEndedOutput)
    .mutation(async ({ ctx, input }) => {
      const ended = await identity.endSessions(
        ctx.services.database,
        ctx.principal,
        input.id,
        authRequestOf(ctx),
      );
      const current = ctx.principal.kind === 'session' && ctx.principal.sessionId.startsWith(input.id);
      if (current) ctx.setSessionCookie(null);
      return ended;
    }),
  endOtherSessions: authedProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/auth/sessions/end-others',
        tags,
        summary: 'Sign out everywhere else: every session but this one',
      },
    })
    .input(identity.noInput)
    .output(identity.sessionsEndedOutput)
    .mutation(({ ctx }) =>
      identity.endSessions(ctx.services.database, ctx.principal, null, authRequestOf(ctx)),
    ),
};
