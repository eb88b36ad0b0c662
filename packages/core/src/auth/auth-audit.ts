import { recordAudit, type AuditEntry } from '../audit/record-audit.js';
import { buildAbility } from '../authz/index.js';
import type { TenantDb } from '../db/database.js';
import { loadActor } from './load-actor.js';
import type { AuthRequest } from './sessions.js';

/**
 * Audits an authentication event (ASVS v16.3.1) in a tenant's log, inside that tenant's unit of work,
 * as the user it concerns. Nothing is written when the user is not an active member there. Entries
 * never carry passwords or tokens: callers pass ids and names only.
 */
export async function recordAuthEvent(
  db: TenantDb,
  tenantId: string,
  userId: string,
  request: AuthRequest,
  entry: AuditEntry,
): Promise<void> {
  const actor = await loadActor(db, tenantId, { kind: 'session', userId, tenantId, sessionId: '' });
  if (!actor) return;
  await recordAudit(
    { db, actor, ability: buildAbility(actor), requestId: request.requestId, ip: request.ip },
    entry,
  );
}
