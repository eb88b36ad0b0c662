import type { AppAbility, Actor } from '../authz/index.js';
import type { TenantDb } from '../db/database.js';

/**
 * What every operation on tenant data receives: the tenant-scoped database of the current unit of
 * work, who is acting and what they may do, and where the request came from (for the audit log).
 */
export interface TenantContext {
  db: TenantDb;
  actor: Actor;
  ability: AppAbility;
  requestId: string;
  ip: string | null;
}
