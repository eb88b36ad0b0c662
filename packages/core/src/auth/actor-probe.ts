import { rolePermissionsSchema } from '../authz/role-permissions.schema.js';
import type { Actor, RolePermissions } from '../authz/index.js';
import { isUuid } from '../ids.js';
import { AppError } from '../errors/index.js';
import type { Principal } from './principal.js';
import { sessionPolicy } from './session-policy.js';

/**
 * The actor check that rides in the unit of work's opening round trip: inside the tenant's RLS scope it
 * loads the membership, role and team, and re-checks the credential (API key not revoked; session not
 * revoked, expired or idle, and switched to this tenant). So every request sees revocations at once and
 * pays no extra round trip for them. Values are inlined (simple protocol): each is checked first.
 */
export function actorProbeSql(principal: Principal, tenantId: string): string {
  const ids = [principal.userId, tenantId, principal.kind === 'apiKey' ? principal.apiKeyId : tenantId];
  if (!ids.every(isUuid)) throw new AppError('UNAUTHORIZED', 'Malformed credential');
  if (principal.kind === 'session' && !/^[0-9a-f]{64}$/.test(principal.sessionId)) {
    throw new AppError('UNAUTHORIZED', 'Malformed credential');
  }
  const apiKey = principal.kind === 'apiKey' ? `'${principal.apiKeyId}'` : 'NULL';
  const session = principal.kind === 'session' ? `'${principal.sessionId}'` : 'NULL';
  return `SELECT * FROM crm_actor_probe('${principal.userId}', ${apiKey}, ${session}, '${tenantId}', ${sessionPolicy.idleTimeoutMs})`;
}

// Role permissions arrive as JSON on every request; parsing is memoised on their exact text.
const parsed = new Map<string, RolePermissions>();

function parsedPermissions(raw: unknown): RolePermissions {
  const text = JSON.stringify(raw);
  const hit = parsed.get(text);
  if (hit) return hit;
  const permissions = rolePermissionsSchema.parse(raw);
  if (parsed.size >= 1_000) parsed.clear();
  parsed.set(text, permissions);
  return permissions;
}

export interface ProbedActor {
  actor: Actor;
  /** When the session was last marked as used; null for API keys. */
  sessionLastSeenAt: Date | null;
  /** When the session ends whatever its use; null for API keys. */
  sessionExpiresAt: Date | null;
  /** The tenant's authorization epoch these facts belong to (see actor-cache.ts); null if unknown. */
  epoch: string | null;
  /** The tenant's custom field definitions as of this unit (see loadCustomFieldDefinitions). */
  customFieldDefinitions: unknown[];
}

/** The actor from the probe's row, or null when the principal may not act in this tenant now. */
export function actorFromProbe(
  rows: Record<string, unknown>[],
  principal: Principal,
  tenantId: string,
): ProbedActor | null {
  const row = rows[0];
  if (!row) return null;
  const teamUserIds = new Set<string>([principal.userId]);
  for (const id of Array.isArray(row.teamUserIds) ? row.teamUserIds : [])
    if (typeof id === 'string') teamUserIds.add(id);
  return {
    actor: {
      tenantId,
      userId: principal.userId,
      roleKey: String(row.roleKey),
      permissions: parsedPermissions(row.permissions),
      teamUserIds: [...teamUserIds],
      apiKeyId: principal.kind === 'apiKey' ? principal.apiKeyId : null,
    },
    sessionLastSeenAt: row.sessionLastSeenAt instanceof Date ? row.sessionLastSeenAt : null,
    sessionExpiresAt: row.sessionExpiresAt instanceof Date ? row.sessionExpiresAt : null,
    epoch: epochOf(row),
    customFieldDefinitions: Array.isArray(row.customFieldDefinitions) ? row.customFieldDefinitions : [],
  };
}

/** The epoch column of a probe row (pg answers bigint as a string). */
export function epochOf(row: Record<string, unknown> | undefined): string | null {
  const epoch = row?.epoch;
  return typeof epoch === 'string' || typeof epoch === 'number' ? String(epoch) : null;
}
