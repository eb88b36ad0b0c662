// The one Temporal workflow that runs every workflow definition. It runs in Temporal's deterministic
// sandbox: it imports only @temporalio/workflow, the pure expression language and pure date helpers,
// and types. Every side effect is an activity (./activities), each idempotent and each re-opening the
// tenant's unit of work. Changing what it does for an existing history: wrap the change in
// `patched('<name>')` and commit a history of it (docs/workflows.md, "Interpreter").
import {
  ApplicationFailure,
  CancellationScope,
  condition,
  defineQuery,
  defineSignal,
  isCancellation,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import type { StepOfKind, WorkflowStep } from '../definition/definition.schema.js';
import { changeMatches, targetValuesHold } from '../definition/change-match.js';
import { addDays, durationMs, type BusinessCalendar } from '../definition/time.js';
import { ExpressionError } from '../expressions/errors.js';
import { evaluate, type Scope } from '../expressions/evaluate.js';
import { parseExpression } from '../expressions/parser.js';
import { renderTemplate } from '../expressions/template.js';
import { toValue, truthy, type Value } from '../expressions/values.js';
import {
  interpreterQueries,
  interpreterSignals,
  type ApprovalDecisionSignal,
  type InterpreterActivities,
  type InterpreterInput,
  type JsonObject,
  type PluginStepInput,
  type RecordRunInput,
  type RunState,
  type WorkflowEventSignal,
} from './interpreter.types.js';

export const workflowEventSignal = defineSignal<[WorkflowEventSignal]>(interpreterSignals.event);
export const approvalDecidedSignal = defineSignal<[ApprovalDecisionSignal]>(interpreterSignals.approval);
export const runStateQuery = defineQuery<RunState>(interpreterQueries.state);

const retry = {
  initialInterval: '1 second',
  backoffCoefficient: 2,
  maximumInterval: '1 minute',
  maximumAttempts: 10,
};
const acts = proxyActivities<InterpreterActivities>({ startToCloseTimeout: '1 minute', retry });
/**
 * The run's own bookkeeping (its projection row and step log, reading the record) as local
 * activities: short writes in the worker that runs the workflow, recorded as markers in the history,
 * with no round trip through the task queue. Steps that act on the world stay regular activities.
 */
const local = proxyLocalActivities<InterpreterActivities>({ startToCloseTimeout: '1 minute', retry });
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

type Bookkeeping = Pick<
  InterpreterActivities,
  'workflows.ensureRun' | 'workflows.recordRun' | 'workflows.loadRecord'
>;
type RecordSteps = Pick<
  InterpreterActivities,
  | 'workflows.createTask'
  | 'workflows.actionPlan'
  | 'workflows.updateFields'
  | 'workflows.assign'
  | 'workflows.notify'
  | 'workflows.createApproval'
>;

type Sla = NonNullable<StepOfKind<'waitForEvent'>['sla']>;
type StepLog = NonNullable<RecordRunInput['step']>;

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

class Run {
  state: RunState = {
    status: 'running',
    currentStepId: null,
    waitingFor: null,
    nextTimerAt: null,
    stepsDone: 0,
  };
  readonly events: WorkflowEventSignal[] = [];
  readonly decisions = new Map<string, ApprovalDecisionSignal>();
  private readonly outputs: Record<string, Value> = {};
  private record: Value = null;
  private recordStale = true;
  private seq = 0;
  /** Step-log rows of finished steps, written with the next projection (LEAN_PROJECTION_PATCH). */
  private readonly finishedSteps: StepLog[] = [];
  private readonly calendar: BusinessCalendar;

  constructor(
    private readonly input: InterpreterInput,
    private readonly books: Bookkeeping,
    private readonly records: RecordSteps,
    private readonly lean: boolean,
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

  private on() {
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

  private async evaluate(source: string, path: string): Promise<Value> {
    const scope = await this.scope();
    try {
      return evaluate(parseExpression(source), scope);
    } catch (error) {
      if (error instanceof ExpressionError)
        throw ApplicationFailure.nonRetryable(`${path}: ${error.message}`, 'ExpressionError');
      throw error;
    }
  }

  private async render(source: string | undefined, path: string): Promise<string | null> {
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

  private dueAt(days: number | undefined, business: boolean): string | null {
    return days === undefined
      ? null
      : new Date(addDays(Date.now(), days, business, this.calendar)).toISOString();
  }

  async steps(steps: WorkflowStep[]): Promise<void> {
    for (const step of steps) await this.step(step);
  }

  private async step(step: WorkflowStep): Promise<void> {
    const seq = this.seq++;
    this.state = { ...this.state, currentStepId: step.id };
    const output = await this.execute(step, seq);
    if (output !== undefined) this.outputs[step.id] = toValue(output);
    this.state = { ...this.state, waitingFor: null, nextTimerAt: null, stepsDone: this.state.stepsDone + 1 };
    const log: StepLog = {
      seq,
      stepId: step.id,
      kind: step.kind,
      status: 'completed',
      detail: output ?? {},
      finished: true,
    };
    if (this.lean) this.finishedSteps.push({ ...log, finishedAt: new Date().toISOString() });
    else await this.project({ status: 'running', step: log });
  }

  private async execute(step: WorkflowStep, seq: number): Promise<JsonObject | undefined> {
    const on = { ...this.on(), stepId: step.id };
    switch (step.kind) {
      case 'condition': {
        const branch = truthy(await this.evaluate(step.if, `${step.id}.if`)) ? 'then' : 'else';
        await this.steps(branch === 'then' ? step.then : (step.else ?? []));
        return { branch };
      }
      case 'delay':
        await this.wait(step, seq, { kind: 'timer' }, Date.now() + durationMs(step.duration));
        this.recordStale = true;
        return {};
      case 'waitUntil': {
        const at = await this.evaluate(step.date, `${step.id}.date`);
        const time = typeof at === 'string' ? Date.parse(at.length === 10 ? `${at}T00:00:00.000Z` : at) : NaN;
        if (Number.isNaN(time))
          throw ApplicationFailure.nonRetryable(
            `${step.id}.date: not a date (${JSON.stringify(at)})`,
            'ExpressionError',
          );
        const target = time + step.offsetDays * 86_400_000;
        if (target > Date.now())
          await this.wait(step, seq, { kind: 'date', until: new Date(target).toISOString() }, target);
        this.recordStale = true;
        return { until: new Date(target).toISOString() };
      }
      case 'waitForEvent':
        return this.waitForEvent(step, seq);
      case 'approval':
        return this.approval(step, seq);
      case 'createTask':
        return this.records['workflows.createTask']({
          ...on,
          activityType: step.activityType,
          subject: (await this.render(step.subject, `${step.id}.subject`)) ?? '',
          body: await this.render(step.body, `${step.id}.body`),
          dueAt: this.dueAt(step.dueInDays, step.businessDays),
          assignee: step.assignee,
        });
      case 'actionPlan':
        return this.actionPlan(step, on);
      case 'updateFields': {
        const set: Record<string, unknown> = {};
        for (const [field, value] of Object.entries(step.set)) {
          set[field] =
            typeof value === 'object' && value !== null
              ? await this.evaluate(value.expression, `${step.id}.set.${field}`)
              : value;
        }
        const result = await this.records['workflows.updateFields']({ ...on, set });
        this.recordStale = true;
        return result;
      }
      case 'assign': {
        const result = await this.records['workflows.assign']({
          ...on,
          rule: step.rule,
          keepExistingOwner: step.keepExistingOwner,
        });
        this.recordStale = true;
        return result;
      }
      case 'notify':
        return this.records['workflows.notify']({
          ...on,
          to: step.to,
          title: (await this.render(step.title, `${step.id}.title`)) ?? '',
          body: await this.render(step.body, `${step.id}.body`),
        });
      case 'sendEmail':
        return acts['workflows.sendEmail']({
          ...on,
          to: step.to,
          subject: (await this.render(step.subject, `${step.id}.subject`)) ?? '',
          body: (await this.render(step.body, `${step.id}.body`)) ?? '',
        });
      case 'webhook': {
        const webhook = proxyActivities<InterpreterActivities>({
          startToCloseTimeout: '30 seconds',
          retry: {
            initialInterval: '2 seconds',
            backoffCoefficient: 2,
            maximumInterval: '10 minutes',
            maximumAttempts: step.maxAttempts,
          },
        });
        const body =
          step.body === undefined
            ? JSON.stringify((await this.scope()).record)
            : await this.render(step.body, `${step.id}.body`);
        return webhook['workflows.callWebhook']({
          ...on,
          workflowId: this.input.workflowId,
          url: step.url,
          method: step.method,
          body,
        });
      }
      case 'summarizePipeline':
        return acts['workflows.summarizePipeline']({
          ...on,
          periodDays: step.periodDays,
          pipelineId: step.pipelineId ?? null,
          now: new Date().toISOString(),
        });
      default:
        return this.pluginStep(step, on);
    }
  }

  private async pluginStep(
    step: Extract<WorkflowStep, { input: unknown }>,
    on: Omit<PluginStepInput, 'input'>,
  ): Promise<JsonObject> {
    const activity = this.input.pluginActivities[step.kind];
    if (!activity)
      throw ApplicationFailure.nonRetryable(`No activity for step kind "${step.kind}"`, 'UnknownStep');
    const plugin = proxyActivities<Record<string, (input: PluginStepInput) => Promise<JsonObject>>>({
      startToCloseTimeout: '5 minutes',
      retry,
    });
    const call = plugin[activity];
    if (!call) throw ApplicationFailure.nonRetryable(`No activity "${activity}"`, 'UnknownStep');
    const result = await call({ ...on, input: step.input });
    this.recordStale = true;
    return result;
  }

  private async actionPlan(
    step: StepOfKind<'actionPlan'>,
    on: Omit<PluginStepInput, 'input'>,
  ): Promise<JsonObject> {
    const due = new Map<string, number>();
    const start = Date.now();
    const resolve = (key: string, depth: number): number => {
      const known = due.get(key);
      if (known !== undefined) return known;
      const task = step.tasks.find((t) => t.key === key);
      if (!task || depth > step.tasks.length) return start;
      const base = Math.max(start, ...task.dependsOn.map((dep) => resolve(dep, depth + 1)));
      const at = addDays(base, task.offsetDays, step.businessDays, this.calendar);
      due.set(key, at);
      return at;
    };
    const tasks = [];
    for (const [i, task] of step.tasks.entries()) {
      tasks.push({
        key: task.key,
        subject: (await this.render(task.subject, `${step.id}.tasks.${i}.subject`)) ?? '',
        body: await this.render(task.body, `${step.id}.tasks.${i}.body`),
        dueAt: new Date(resolve(task.key, 0)).toISOString(),
        assignee: task.assignee,
        dependsOn: task.dependsOn,
      });
    }
    return this.records['workflows.actionPlan']({ ...on, tasks });
  }

  /** A plain timer, shown in the projection as what the run waits for and when it fires. */
  private async wait(
    step: WorkflowStep,
    seq: number,
    waitingFor: Record<string, unknown>,
    until: number,
  ): Promise<void> {
    this.state = { ...this.state, waitingFor, nextTimerAt: new Date(until).toISOString() };
    await this.project({
      status: 'waiting',
      step: { seq, stepId: step.id, kind: step.kind, status: 'waiting', detail: waitingFor, finished: false },
    });
    await condition(() => false, Math.max(1, until - Date.now()));
  }

  private async waitForEvent(step: StepOfKind<'waitForEvent'>, seq: number): Promise<JsonObject> {
    const { event } = step;
    const waitingFor: Record<string, unknown> = { kind: 'event', event: event.type };
    if (event.type === 'taskCompleted') {
      const task = this.outputs[event.taskStep];
      waitingFor.activityId =
        task && typeof task === 'object' && !Array.isArray(task) ? (task.activityId ?? null) : null;
    } else if (event.type === 'recordUpdated') {
      waitingFor.recordType = this.input.recordType;
      waitingFor.recordId = this.input.recordId;
    } else {
      waitingFor.name = event.name;
    }
    // Announce the wait first, then look at the present state: a change after the announcement is
    // signalled by the trigger router, one before it is seen here.
    const matcher = async (initial: boolean): Promise<JsonObject | null> => {
      if (event.type === 'taskCompleted') {
        const activityId = typeof waitingFor.activityId === 'string' ? waitingFor.activityId : null;
        if (initial && activityId) {
          const task = await this.books['workflows.loadRecord']({
            tenantId: this.input.tenantId,
            recordType: 'activity',
            recordId: activityId,
          });
          return task.done === true ? { activityId } : null;
        }
        return this.takeEvent((e) => e.type === 'taskCompleted' && e.activityId === activityId)
          ? { activityId }
          : null;
      }
      if (event.type === 'signal') {
        const got = this.takeEvent((e) => e.type === 'signal' && e.name === event.name);
        return got && got.type === 'signal' ? { payload: got.payload ?? {} } : null;
      }
      const got = initial
        ? null
        : this.takeEvent((e) => e.type === 'recordUpdated' && e.recordId === this.input.recordId);
      if (!initial && !got) return null;
      this.recordStale = true;
      const scope = await this.scope();
      const changed = got && got.type === 'recordUpdated' ? got.changed : [];
      const matches = initial
        ? targetValuesHold(event.changes, scope.record)
        : changeMatches(event.changes, changed, scope.record);
      if (!matches) return null;
      if (event.condition && !truthy(await this.evaluate(event.condition, `${step.id}.event.condition`)))
        return null;
      return { changed };
    };
    return this.waitWithSla(step, seq, waitingFor, step.sla, matcher, () => this.events.length > 0);
  }

  private takeEvent(match: (event: WorkflowEventSignal) => boolean): WorkflowEventSignal | undefined {
    const index = this.events.findIndex(match);
    if (index === -1) {
      // Events of no interest to this wait are dropped, so the queue cannot grow without end.
      this.events.splice(0, this.events.length);
      return undefined;
    }
    const [event] = this.events.splice(index, 1);
    return event;
  }

  private async approval(step: StepOfKind<'approval'>, seq: number): Promise<JsonObject> {
    const { approvalId } = await this.records['workflows.createApproval']({
      ...this.on(),
      stepId: step.id,
      role: step.role,
      title: (await this.render(step.title, `${step.id}.title`)) ?? '',
      description: await this.render(step.description, `${step.id}.description`),
    });
    const waitingFor = { kind: 'approval', approvalId, role: step.role };
    const result = await this.waitWithSla(
      step,
      seq,
      waitingFor,
      step.sla,
      () => {
        const decision = this.decisions.get(step.id);
        return Promise.resolve(
          decision
            ? { decision: decision.decision, comment: decision.comment, decidedById: decision.decidedById }
            : null,
        );
      },
      () => this.decisions.has(step.id),
    );
    this.recordStale = true;
    return result.outcome === 'timeout'
      ? { ...result, decision: null, comment: null, decidedById: null }
      : result;
  }

  /**
   * Waits until `matcher` reports the awaited thing; meanwhile runs the SLA's escalation steps at their
   * percent of the duration, and gives up at `onTimeout` (continue, or fail the run). Every timer is a
   * Temporal timer (condition with a timeout), so waits survive worker and server restarts.
   */
  private async waitWithSla(
    step: WorkflowStep,
    seq: number,
    waitingFor: Record<string, unknown>,
    sla: Sla | undefined,
    matcher: (initial: boolean) => Promise<JsonObject | null>,
    pending: () => boolean,
  ): Promise<JsonObject> {
    const start = Date.now();
    const total = sla ? durationMs(sla.duration) : 0;
    const marks = (sla?.escalations ?? [])
      .map((escalation) => ({ ...escalation, at: start + (total * escalation.atPercent) / 100 }))
      .sort((a, b) => a.at - b.at);
    const timeoutAt = sla?.onTimeout ? start + (total * sla.onTimeout.atPercent) / 100 : null;
    const escalated: number[] = [];
    const announce = async () => {
      const next = Math.min(marks[0]?.at ?? Infinity, timeoutAt ?? Infinity);
      this.state = {
        ...this.state,
        currentStepId: step.id,
        waitingFor: {
          ...waitingFor,
          ...(sla ? { slaDueAt: new Date(start + total).toISOString(), escalated } : {}),
        },
        nextTimerAt: Number.isFinite(next) ? new Date(next).toISOString() : null,
      };
      await this.project({
        status: 'waiting',
        step: {
          seq,
          stepId: step.id,
          kind: step.kind,
          status: 'waiting',
          detail: this.state.waitingFor ?? {},
          finished: false,
        },
      });
    };
    await announce();
    const already = await matcher(true);
    if (already) return { outcome: 'event', escalated, ...already };
    for (;;) {
      const next = Math.min(marks[0]?.at ?? Infinity, timeoutAt ?? Infinity);
      const arrived = Number.isFinite(next)
        ? await condition(pending, Math.max(1, next - Date.now()))
        : (await condition(pending), true);
      if (arrived) {
        const result = await matcher(false);
        if (result) return { outcome: 'event', escalated, ...result };
        continue;
      }
      const now = Date.now();
      while (marks[0] && marks[0].at <= now) {
        const mark = marks.shift();
        if (!mark) break;
        escalated.push(mark.atPercent);
        await this.project({
          status: 'waiting',
          step: {
            seq: this.seq++,
            stepId: step.id,
            kind: step.kind,
            status: 'escalated',
            detail: { atPercent: mark.atPercent },
            finished: true,
          },
        });
        await this.steps(mark.steps);
        this.state = { ...this.state, currentStepId: step.id };
      }
      if (timeoutAt !== null && timeoutAt <= now) {
        if (sla?.onTimeout?.then === 'fail')
          throw ApplicationFailure.nonRetryable(`${step.id}: no event within the SLA`, 'SlaTimeout');
        return { outcome: 'timeout', escalated };
      }
      await announce();
    }
  }
}
