import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import { TypedSearchAttributes } from '@temporalio/common';
import { TENANT_ID_SEARCH_ATTRIBUTE } from './search-attributes.js';
import { assertTenantWorkflowId } from './workflow-ids.js';

export interface StartWorkflowOnceOptions {
  tenantId: string;
  /** Deterministic, `t:<tenantId>:...` (see tenantWorkflowId); refused otherwise. */
  workflowId: string;
  /** The workflow's exported name in the bundle (workflows/index.ts), e.g. `noopWorkflow`. */
  workflowType: string;
  /** Its arguments: JSON values, the first one carrying `tenantId`. */
  args: unknown[];
  taskQueue: string;
  /** Small, non-indexed facts shown with the run (e.g. the triggering record). */
  memo?: Record<string, unknown>;
}

export interface StartedWorkflow {
  workflowId: string;
  /** The run that this start created or found open; undefined when the id had already closed. */
  runId: string | undefined;
  /** True when this call found the id already used (a duplicate trigger): success all the same. */
  alreadyStarted: boolean;
}

/**
 * Starts a workflow at most once per id. An open run with the id is reused (`USE_EXISTING`); a closed
 * one is not started again (`REJECT_DUPLICATE`, within the namespace's retention): both count as
 * success, so a trigger delivered twice (relay retry, crash between start and commit) makes one run.
 * The run carries its tenant as the TenantId search attribute and as the fairness key.
 */
export async function startWorkflowOnce(
  client: Client,
  options: StartWorkflowOnceOptions,
): Promise<StartedWorkflow> {
  assertTenantWorkflowId(options.workflowId, options.tenantId);
  try {
    const handle = await client.workflow.start(options.workflowType, {
      workflowId: options.workflowId,
      taskQueue: options.taskQueue,
      args: options.args,
      workflowIdConflictPolicy: 'USE_EXISTING',
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
      typedSearchAttributes: new TypedSearchAttributes([
        { key: TENANT_ID_SEARCH_ATTRIBUTE, value: options.tenantId },
      ]),
      priority: { fairnessKey: options.tenantId },
      ...(options.memo ? { memo: options.memo } : {}),
    });
    return { workflowId: handle.workflowId, runId: handle.firstExecutionRunId, alreadyStarted: false };
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) {
      return { workflowId: options.workflowId, runId: undefined, alreadyStarted: true };
    }
    throw error;
  }
}
