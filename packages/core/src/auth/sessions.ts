import type { TenantDb } from '../db/database.js';
import { sessionPolicy } from './session-policy.js';
import { hashToken, newToken } from './tokens.js';

/** Where an authentication request came from: kept on the session and in the audit log. */
export interface AuthRequest {
  requestId: string;
  ip: string | null;
  userAgent: string | null;
}

const MAX_USER_AGENT = 512;

/**
 * Starts a server-side session (ASVS v7.2.3: 256-bit CSPRNG token, only its SHA-256 stored) that
 * ends after the absolute lifetime at the latest. Returns the token for the cookie.
 */
export async function createSession(
  db: TenantDb,
  userId: string,
  activeTenantId: string | null,
  request: AuthRequest,
  now = new Date(),
): Promise<{ token: string; sessionId: string }> {
  const token = newToken('crm_sess');
  const sessionId = hashToken(token);
  await db.session.create({
    data: {
      id: sessionId,
      userId,
      activeTenantId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + sessionPolicy.absoluteTimeoutMs),
      ip: request.ip,
      userAgent: request.userAgent?.slice(0, MAX_USER_AGENT) ?? null,
    },
    select: { id: true },
  });
  return { token, sessionId };
}

/** Ends the session of a presented token, if it is still active (whoever it belongs to). */
export async function revokeSessionToken(db: TenantDb, token: string, now = new Date()): Promise<void> {
  await db.session.updateMany({ where: { id: hashToken(token), revokedAt: null }, data: { revokedAt: now } });
}

/** Ends every active session of a user (password change: ASVS v7.4.3). */
export async function revokeAllSessions(db: TenantDb, userId: string, now = new Date()): Promise<number> {
  const { count } = await db.session.updateMany({
    where: { userId, revokedAt: null },
    data: { revokedAt: now },
  });
  return count;
}
