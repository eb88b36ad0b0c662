import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import type { Database, TenantDb } from '../db/database.js';
import { AppError, isAppError, type AppErrorCode } from '../errors/index.js';
import { isUuid } from '../ids.js';
import { tenantOfWorkflowId } from './workflow-ids.js';

/** Every activity input names its tenant; nothing else (a record id, a definition) decides it. */
export interface TenantActivityInput {
  tenantId: string;
}

/** Errors that a retry cannot fix: the activity fails at once instead of retrying for hours. */
const permanentCodes: ReadonlySet<AppErrorCode> = new Set([
  'BAD_REQUEST',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
]);

/** The workflow id of the running activity, or undefined outside an activity (a direct call in a test). */
function currentWorkflowId(): string | undefined {
  try {
    return Context.current().info.workflowExecution?.workflowId;
  } catch {
    return undefined;
  }
}

/**
 * Runs an activity's work in the tenant unit of work of `input.tenantId`: one transaction as
 * crm_app with RLS on that tenant, so the work cannot see or touch another tenant's rows whatever
 * ids it is given. The tenant must also match the `t:<tenantId>:` prefix of the calling workflow's
 * id, so a definition cannot aim an activity at another tenant. Permanent application errors
 * become non-retryable failures; everything else is retried by Temporal.
 */
export async function withActivityTenant<T>(
  database: Database,
  input: TenantActivityInput,
  work: (db: TenantDb) => Promise<T>,
): Promise<T> {
  try {
    const tenantId = typeof input.tenantId === 'string' ? input.tenantId.toLowerCase() : '';
    if (!isUuid(tenantId)) throw AppError.invalid([{ field: 'tenantId', message: 'must be a UUID' }]);
    const workflowId = currentWorkflowId();
    if (workflowId !== undefined && tenantOfWorkflowId(workflowId) !== tenantId) {
      throw AppError.forbidden(`Workflow ${workflowId} may not act for tenant ${tenantId}`);
    }
    return await database.withTenant(tenantId, work);
  } catch (error) {
    throw toActivityFailure(error);
  }
}

export function toActivityFailure(error: unknown): unknown {
  if (isAppError(error) && permanentCodes.has(error.code)) {
    return ApplicationFailure.create({
      message: error.message,
      type: `AppError.${error.code}`,
      nonRetryable: true,
      details: error.details ? [error.details] : [],
      cause: error,
    });
  }
  return error;
}
