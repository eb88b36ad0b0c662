import { unitPreparedQuery } from '../db/unit-of-work.js';
import { ownerScopeOf } from '../search/owner-scope.js';
import type { TenantContext } from '../records/context.js';
import type { ContactRow } from './contact.schema.js';

/**
 * The most frequent read of the API, written in SQL: one statement for the contact and its account
 * links, on the unit's connection (RLS applies as to every query). Same columns as contactSelect.
 * Parameters: tenant id, contact id, owner ids (null: any owner). The benchmark's raw baseline runs
 * this same statement.
 */
export const readContactSql = `
  SELECT c."id", c."tenantId", c."firstName", c."lastName", c."middleName", c."fullName", c."emails", c."phones",
         c."position", c."ownerId", c."customFields", c."version", c."createdAt", c."updatedAt", c."deletedAt",
         coalesce((SELECT json_agg(json_build_object('accountId', ac."accountId", 'role', ac."role", 'isPrimary', ac."isPrimary")
                                   ORDER BY ac."createdAt")
                   FROM "AccountContact" ac WHERE ac."tenantId" = c."tenantId" AND ac."contactId" = c."id"), '[]') AS "accounts"
  FROM "Contact" c
  WHERE c."tenantId" = $1 AND c."id" = $2 AND c."deletedAt" IS NULL
    AND ($3::uuid[] IS NULL OR c."ownerId" = ANY($3::uuid[]))`;

/**
 * The contact with `id` if the actor may read it, else null. The scope comes from the same CASL
 * rules as accessibleWhere (ownerScopeOf refuses any rule it cannot express, so nothing is widened).
 */
export async function readContactById(ctx: TenantContext, id: string): Promise<ContactRow | null> {
  const scope = ownerScopeOf(ctx.ability, 'read', 'Contact');
  if (scope.kind === 'none') return null;
  const owners = scope.kind === 'owners' ? scope.ownerIds : null;
  // Prepared once per connection and reused by name: parsing and planning this statement cost more than
  // executing it (docs/decisions/performance.md).
  const { rows } = await unitPreparedQuery<ContactRow>('crm_read_contact', readContactSql, [
    ctx.actor.tenantId,
    id,
    owners,
  ]);
  return rows[0] ?? null;
}
