import type { TenantDb } from '../../db/database.js';
import { recordAuthEvent } from '../auth-audit.js';
import { createSession, revokeSessionToken, type AuthRequest } from '../sessions.js';

/**
 * The end of every way into the account that proves who the user is (a password, a reset link): the
 * session the browser presented ends, a new one starts in `tenantId` (the user's first workspace, or
 * none), and `action` is audited there. Returns the new token, for the cookie only.
 */
export async function startSignedInSession(
  db: TenantDb,
  userId: string,
  tenantId: string | null,
  context: { request: AuthRequest; presentedToken: string | null; action: string; now: Date },
): Promise<string> {
  const { request, presentedToken, action, now } = context;
  if (presentedToken) await revokeSessionToken(db, presentedToken, now);
  const session = await createSession(db, userId, tenantId, request, now);
  if (tenantId)
    await recordAuthEvent(db, tenantId, userId, request, { action, recordType: 'User', recordId: userId });
  return session.token;
}
