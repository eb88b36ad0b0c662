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
  /**
   * Set when a workflow run acts, not a person: the audit log and the ownership history then name no
   * user, and the outbox events carry the run, so that a run never re-triggers itself.
   */
  automation?: { workflowRunId: string };
}

/** The user who acted, for the columns that record it; none when a workflow run acted. */
export function actingUserId(ctx: TenantContext): string | null {
  return ctx.automation ? null : ctx.actor.userId;
}
