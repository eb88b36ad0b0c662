import type { Database } from '../../db/database.js';
import { AppError } from '../../errors/index.js';
import { recordAuthEvent } from '../auth-audit.js';
import type { Principal } from '../principal.js';
import { sessionPolicy } from '../session-policy.js';
import type { AuthRequest } from '../sessions.js';
import { inAuthUnit } from '../units.js';
import type { ActiveSessionOutput } from './identity.schema.js';

/**
 * A session's handle in the profile: the first characters of its id (itself the token's SHA-256), so
 * that the list never carries a whole stored credential hash; 16 hex digits (64 bits) tell one user's
 * sessions apart (the input schema asks for exactly that many).
 */
const HANDLE_LENGTH = 16;
const handleOf = (sessionId: string) => sessionId.slice(0, HANDLE_LENGTH);

type SessionPrincipal = Extract<Principal, { kind: 'session' }>;

function sessionOf(principal: Principal): SessionPrincipal {
  if (principal.kind !== 'session')
    throw AppError.forbidden('Manage sessions from a signed-in session, not with an API key');
  return principal;
}

/** Where the user is signed in now (ASVS v7.5.2): live sessions only, the most recently used first. */
export async function listActiveSessions(
  database: Database,
  principal: Principal,
): Promise<ActiveSessionOutput[]> {
  const me = sessionOf(principal);
  const now = Date.now();
  const rows = await database.withPlatform((db) =>
    db.session.findMany({
      where: {
        userId: me.userId,
        revokedAt: null,
        expiresAt: { gt: new Date(now) },
        lastSeenAt: { gt: new Date(now - sessionPolicy.idleTimeoutMs) },
      },
      orderBy: { lastSeenAt: 'desc' },
      select: { id: true, createdAt: true, lastSeenAt: true, expiresAt: true, ip: true, userAgent: true },
    }),
  );
  return rows.map(({ id, ...row }) => ({ id: handleOf(id), current: id === me.sessionId, ...row }));
}

/**
 * Signs out sessions of the caller's own user: the one with handle `id`, or every one but the current
 * (`id` null). Another user's session is as missing (404) as one that never existed.
 */
export async function endSessions(
  database: Database,
  principal: Principal,
  id: string | null,
  request: AuthRequest,
): Promise<{ sessionsEnded: number }> {
  const me = sessionOf(principal);
  return inAuthUnit(database, me.tenantId, me.userId, async (db) => {
    const now = new Date();
    const { count } = await db.session.updateMany({
      where:
        id === null
          ? { userId: me.userId, revokedAt: null, id: { not: me.sessionId } }
          : { userId: me.userId, revokedAt: null, id: { startsWith: id } },
      data: { revokedAt: now },
    });
    if (id !== null && count === 0) throw AppError.notFound('Session');
    if (me.tenantId)
      await recordAuthEvent(db, me.tenantId, me.userId, request, {
        action: id === null ? 'auth.other_sessions_ended' : 'auth.session_ended',
        recordType: 'User',
        recordId: me.userId,
      });
    return { sessionsEnded: count };
  });
}
