// The state and plumbing every part of a run shares: the projection, the expression scope, rendering
// and evaluating with the run's errors. Deterministic sandbox code like the interpreter itself.
import { ApplicationFailure } from '@temporalio/workflow';
import type { WorkflowStep } from '../definition/definition.schema.js';
import { addDays, type BusinessCalendar } from '../definition/time.js';
import { ExpressionError } from '../expressions/errors.js';
import { evaluate, type Scope } from '../expressions/evaluate.js';
import { parseExpression } from '../expressions/parser.js';
import { renderTemplate } from '../expressions/template.js';
import { toValue, type Value } from '../expressions/values.js';
import type {
  ApprovalDecisionSignal,
  InterpreterActivities,
  InterpreterInput,
  RecordRunInput,
  RunState,
  WorkflowEventSignal,
} from './interpreter.types.js';

export type Bookkeeping = Pick<
  InterpreterActivities,
  'workflows.ensureRun' | 'workflows.recordRun' | 'workflows.loadRecord'
>;
export type RecordSteps = Pick<
  InterpreterActivities,
  | 'workflows.createTask'
  | 'workflows.actionPlan'
  | 'workflows.updateFields'
  | 'workflows.assign'
  | 'workflows.notify'
  | 'workflows.createApproval'
>;
export type StepLog = NonNullable<RecordRunInput['step']>;

/** One run of a definition: what it knows and shows; running its steps is the subclasses' part. */
export abstract class RunBase {
  state: RunState = {
    status: 'running',
    currentStepId: null,
    waitingFor: null,
    nextTimerAt: null,
    stepsDone: 0,
  };
  readonly events: WorkflowEventSignal[] = [];
  readonly decisions = new Map<string, ApprovalDecisionSignal>();
  protected readonly outputs: Record<string, Value> = {};
  protected record: Value = null;
  protected recordStale = true;
  protected seq = 0;
  /** Step-log rows of finished steps, written with the next projection (LEAN_PROJECTION_PATCH). */
  protected readonly finishedSteps: StepLog[] = [];
  protected readonly calendar: BusinessCalendar;

  constructor(
    protected readonly input: InterpreterInput,
    protected readonly books: Bookkeeping,
    protected readonly records: RecordSteps,
    protected readonly lean: boolean,
  ) {
    this.calendar = input.definition.settings;
  }

  /**
   * Writes the run projection (with the step-log rows of finished steps not yet written, and the given
   * one) through an idempotent activity.
   */
  async project(change: {
    status: RecordRunInput['status'];
    error?: string | null;
    step?: StepLog;
  }): Promise<void> {
    const finished = this.finishedSteps.splice(0, this.finishedSteps.length);
    await this.books['workflows.recordRun']({
      tenantId: this.input.tenantId,
      runId: this.input.runId,
      status: change.status,
      currentStepId: this.state.currentStepId,
      waitingFor: this.state.waitingFor,
      nextTimerAt: this.state.nextTimerAt,
      ...(change.error !== undefined ? { error: change.error } : {}),
      ...(change.step ? { step: change.step } : {}),
      ...(finished.length > 0 ? { steps: finished } : {}),
    });
  }

  protected on() {
    const { tenantId, runId, recordType, recordId } = this.input;
    return { tenantId, runId, recordType, recordId };
  }

  /** The expression scope; the record is read again after anything that may have changed it. */
  async scope(): Promise<Scope> {
    const { recordType, recordId, tenantId } = this.input;
    if (this.recordStale && recordType && recordId) {
      this.record = toValue(await this.books['workflows.loadRecord']({ tenantId, recordType, recordId }));
      this.recordStale = false;
    }
    return {
      record: this.record,
      trigger: toValue(this.input.trigger),
      steps: { ...this.outputs },
      now: new Date().toISOString(),
      workflow: { id: this.input.workflowId, version: this.input.version, name: this.input.workflowName },
    };
  }

  protected async evaluate(source: string, path: string): Promise<Value> {
    const scope = await this.scope();
    try {
      return evaluate(parseExpression(source), scope);
    } catch (error) {
      if (error instanceof ExpressionError)
        throw ApplicationFailure.nonRetryable(`${path}: ${error.message}`, 'ExpressionError');
      throw error;
    }
  }

  protected async render(source: string | undefined, path: string): Promise<string | null> {
    if (source === undefined) return null;
    const scope = await this.scope();
    try {
      return renderTemplate(source, scope);
    } catch (error) {
      if (error instanceof ExpressionError)
        throw ApplicationFailure.nonRetryable(`${path}: ${error.message}`, 'ExpressionError');
      throw error;
    }
  }

  protected dueAt(days: number | undefined, business: boolean): string | null {
    return days === undefined
      ? null
      : new Date(addDays(Date.now(), days, business, this.calendar)).toISOString();
  }

  /** Runs steps in order (the interpreter's `Run`); escalation steps of a wait run through it too. */
  abstract steps(steps: WorkflowStep[]): Promise<void>;
}
