import { buildAbility, systemRoles, type Actor } from '../../../authz/index.js';
import type { TenantDb } from '../../../db/database.js';
import type { TenantContext } from '../../../records/context.js';

/**
 * No user: the id a workflow run's actor carries. It matches no member, and nothing records it: the
 * audit log, the ownership history and the outbox name the run instead (`actingUserId`).
 */
const noUser = '00000000-0000-0000-0000-000000000000';

/**
 * The context in which a workflow run changes records through the same services people use: custom
 * field validation, stage rules, owner checks, the audit log and the outbox all apply. The run acts
 * with the tenant admin's grants on core records (the admin who published the workflow decided what
 * it does), inside the activity's tenant-scoped transaction, so RLS still bounds it to the tenant.
 */
export function automationContext(db: TenantDb, tenantId: string, workflowRunId: string): TenantContext {
  const actor: Actor = {
    tenantId,
    userId: noUser,
    roleKey: 'workflow',
    permissions: systemRoles.admin.permissions,
    teamUserIds: [],
    apiKeyId: null,
  };
  return {
    db,
    actor,
    ability: buildAbility(actor),
    requestId: `workflow-run:${workflowRunId}`,
    ip: null,
    automation: { workflowRunId },
  };
}
