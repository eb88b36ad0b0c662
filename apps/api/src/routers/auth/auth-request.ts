import type { AuthRequest } from '@crm/core';
import type { RequestContext } from '../../trpc/context.js';

/** Where the request came from, for sessions and the audit log. */
export function authRequestOf(ctx: RequestContext): AuthRequest {
  return { requestId: ctx.requestId, ip: ctx.ip, userAgent: ctx.userAgent };
}

/** The session token the browser presented (valid or not), or null. */
export function presentedSessionToken(ctx: RequestContext): string | null {
  return ctx.credentials?.kind === 'session' ? ctx.credentials.token : null;
}
