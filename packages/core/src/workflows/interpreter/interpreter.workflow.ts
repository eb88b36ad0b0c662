// The one Temporal workflow that runs every workflow definition. It runs in Temporal's deterministic
// sandbox: it imports only @temporalio/workflow, the pure expression language and pure date helpers,
// and types. Every side effect is an activity (./activities), each idempotent and each re-opening the
// tenant's unit of work. Changing what it does for an existing history: wrap the change in
// `patched('<name>')` and commit a history of it (docs/workflows.md, "Interpreter").
import {
  CancellationScope,
  defineQuery,
  defineSignal,
  isCancellation,
  patched,
  setHandler,
  uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import {
  interpreterQueries,
  interpreterSignals,
  type ApprovalDecisionSignal,
  type InterpreterInput,
  type RunState,
  type WorkflowEventSignal,
} from './interpreter.types.js';
import type { Bookkeeping, RecordSteps } from './run-base.js';
import { acts, local, Run } from './run-steps.js';

export const workflowEventSignal = defineSignal<[WorkflowEventSignal]>(interpreterSignals.event);
export const approvalDecidedSignal = defineSignal<[ApprovalDecisionSignal]>(interpreterSignals.approval);
export const runStateQuery = defineQuery<RunState>(interpreterQueries.state);

/** Histories from before local bookkeeping replay with regular activities (docs/workflows.md). */
export const LOCAL_BOOKKEEPING_PATCH = 'local-bookkeeping';
/**
 * Steps that only write CRM records (tasks, field updates, assignment, in-app notices, approval
 * requests) run as local activities too: one short tenant transaction, idempotent through the effect
 * log, so the run needs no task-queue round trip for them. Steps that reach outside the database
 * (e-mail, webhooks, plugin steps) stay regular activities, with their own timeouts and backoff.
 * Histories from before this patch replay with regular activities.
 */
export const LOCAL_RECORD_STEPS_PATCH = 'local-record-steps';
/**
 * Fewer projection writes per run: `ensureRun` marks the run running itself, and a finished step's log
 * row is written with the run's next projection (the next wait, the end, a failure) instead of on its
 * own. A run of one step writes its projection twice instead of four times. Histories from before this
 * patch replay with the old writes.
 */
export const LEAN_PROJECTION_PATCH = 'lean-projection';

/** Runs one definition version for one trigger; see InterpreterInput. */
export async function runWorkflowDefinition(given: InterpreterInput): Promise<{ status: 'completed' }> {
  // uuid4() is deterministic in the sandbox (seeded by the history), so a replay gets the same id.
  const input = { ...given, runId: given.runId || uuid4() };
  const books: Bookkeeping = patched(LOCAL_BOOKKEEPING_PATCH) ? local : acts;
  const records: RecordSteps = patched(LOCAL_RECORD_STEPS_PATCH) ? local : acts;
  const lean = patched(LEAN_PROJECTION_PATCH);
  const { runId } = await books['workflows.ensureRun']({
    tenantId: input.tenantId,
    runId: input.runId,
    temporalWorkflowId: workflowInfo().workflowId,
    workflowId: input.workflowId,
    version: input.version,
    hash: input.hash,
    triggerType: input.triggerType,
    triggerEventId: input.triggerEventId,
    recordType: input.recordType,
    recordId: input.recordId,
    ...(lean ? { start: true } : {}),
  });
  const run = new Run({ ...input, runId }, books, records, lean);
  setHandler(workflowEventSignal, (event) => {
    run.events.push(event);
  });
  setHandler(approvalDecidedSignal, (decision) => {
    run.decisions.set(decision.stepId, decision);
  });
  setHandler(runStateQuery, () => run.state);
  try {
    if (!lean) await run.project({ status: 'running' });
    await run.steps(input.definition.steps);
    run.state = {
      ...run.state,
      status: 'completed',
      currentStepId: null,
      waitingFor: null,
      nextTimerAt: null,
    };
    await run.project({ status: 'completed' });
    return { status: 'completed' };
  } catch (error) {
    const status = isCancellation(error) ? 'cancelled' : 'failed';
    run.state = { ...run.state, status };
    await CancellationScope.nonCancellable(() =>
      run.project({ status, error: status === 'failed' ? messageOf(error) : null }),
    );
    throw error;
  }
}

function messageOf(error: unknown): string {
  if (error instanceof Error) {
    const cause = 'cause' in error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return `${error.message}${cause}`.slice(0, 2000);
  }
  return 'failed';
}
