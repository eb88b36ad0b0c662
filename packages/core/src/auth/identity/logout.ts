import type { Database } from '../../db/database.js';
import { recordAuthEvent } from '../auth-audit.js';
import { hashToken } from '../tokens.js';
import type { AuthRequest } from '../sessions.js';

/**
 * Ends a session on the server (ASVS v7.4.1). Idempotent: an unknown, expired or already ended
 * session is simply not there any more. Audited in the session's active tenant.
 */
export async function logout(database: Database, sessionToken: string, request: AuthRequest): Promise<void> {
  const sessionId = hashToken(sessionToken);
  const ended = await database.withPlatform(async (db) => {
    const session = await db.session.findUnique({
      where: { id: sessionId },
      select: { userId: true, activeTenantId: true, revokedAt: true },
    });
    if (!session || session.revokedAt) return null;
    await db.session.update({
      where: { id: sessionId },
      data: { revokedAt: new Date() },
      select: { id: true },
    });
    return session;
  });
  const tenantId = ended?.activeTenantId;
  if (!ended || !tenantId) return;
  await database.withTenant(
    tenantId,
    (db) =>
      recordAuthEvent(db, tenantId, ended.userId, request, {
        action: 'auth.logout',
        recordType: 'User',
        recordId: ended.userId,
      }),
    { userId: ended.userId },
  );
}
