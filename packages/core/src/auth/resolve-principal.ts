import type { Database } from '../db/database.js';
import { hashToken } from './tokens.js';
import type { Credentials, Principal } from './principal.js';
import { sessionPolicy } from './session-policy.js';

/**
 * Checks a session cookie or API key and says who it belongs to, or null when it is unknown,
 * revoked, expired, idle too long, or its user is disabled. Runs in a platform unit of work (no
 * tenant): sessions are global, and API keys are looked up through a narrow definer function.
 */
export async function resolvePrincipal(
  database: Database,
  credentials: Credentials,
  now = new Date(),
): Promise<Principal | null> {
  const tokenHash = hashToken(credentials.token);
  if (credentials.kind === 'apiKey') {
    const rows = await database.withPlatform(
      (db) =>
        db.$queryRaw<{ tenantId: string; apiKeyId: string; userId: string }[]>`
        SELECT "tenantId", "apiKeyId", "userId" FROM crm_resolve_api_key(${tokenHash})`,
    );
    const key = rows[0];
    return key
      ? { kind: 'apiKey', userId: key.userId, tenantId: key.tenantId, apiKeyId: key.apiKeyId }
      : null;
  }
  return database.withPlatform(async (db) => {
    const session = await db.session.findUnique({
      where: { id: tokenHash },
      select: {
        id: true,
        userId: true,
        activeTenantId: true,
        lastSeenAt: true,
        expiresAt: true,
        revokedAt: true,
        user: { select: { disabledAt: true } },
      },
    });
    if (!session || session.revokedAt || session.user.disabledAt) return null;
    if (session.expiresAt <= now) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > sessionPolicy.idleTimeoutMs) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > sessionPolicy.touchEveryMs) {
      await db.session.update({ where: { id: session.id }, data: { lastSeenAt: now }, select: { id: true } });
    }
    return {
      kind: 'session',
      userId: session.userId,
      tenantId: session.activeTenantId,
      sessionId: session.id,
    };
  });
}
