import { rolePermissionsSchema } from '../authz/role-permissions.schema.js';
import type { Actor } from '../authz/index.js';
import { isUuid } from '../ids.js';
import { AppError } from '../errors/index.js';
import type { Principal } from './principal.js';
import { sessionPolicy } from './session-policy.js';
import { customFieldDefinitionsJsonSql } from '../custom-fields/validate-custom-fields.js';

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
  const credential =
    principal.kind === 'apiKey'
      ? `EXISTS (SELECT 1 FROM "ApiKey" k WHERE k."id" = '${principal.apiKeyId}' AND k."userId" = m."userId" AND k."revokedAt" IS NULL)`
      : `EXISTS (SELECT 1 FROM "Session" s WHERE s."id" = '${principal.sessionId}' AND s."userId" = m."userId"
           AND s."revokedAt" IS NULL AND s."expiresAt" > now() AND s."activeTenantId" = '${tenantId}'
           AND s."lastSeenAt" > now() - interval '${sessionPolicy.idleTimeoutMs} milliseconds')`;
  const lastSeen =
    principal.kind === 'session'
      ? `(SELECT s."lastSeenAt" FROM "Session" s WHERE s."id" = '${principal.sessionId}')`
      : 'NULL::timestamptz';
  return `SELECT r."key" AS "roleKey", r."permissions" AS "permissions",
      ARRAY(SELECT DISTINCT tm2."userId"::text FROM "TeamMember" tm
            JOIN "TeamMember" tm2 ON tm2."tenantId" = tm."tenantId" AND tm2."teamId" = tm."teamId"
            WHERE tm."userId" = m."userId") AS "teamUserIds",
      ${lastSeen} AS "sessionLastSeenAt",
      ${customFieldDefinitionsJsonSql} AS "customFieldDefinitions"
    FROM "Membership" m
    JOIN "Role" r ON r."tenantId" = m."tenantId" AND r."id" = m."roleId"
    JOIN "User" u ON u."id" = m."userId"
    WHERE m."userId" = '${principal.userId}' AND m."disabledAt" IS NULL AND u."disabledAt" IS NULL AND ${credential}`;
}

export interface ProbedActor {
  actor: Actor;
  /** When the session was last marked as used; null for API keys. */
  sessionLastSeenAt: Date | null;
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
      permissions: rolePermissionsSchema.parse(row.permissions),
      teamUserIds: [...teamUserIds],
      apiKeyId: principal.kind === 'apiKey' ? principal.apiKeyId : null,
    },
    sessionLastSeenAt: row.sessionLastSeenAt instanceof Date ? row.sessionLastSeenAt : null,
    customFieldDefinitions: Array.isArray(row.customFieldDefinitions) ? row.customFieldDefinitions : [],
  };
}
