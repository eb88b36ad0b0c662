// The steps of a run, each by its kind, and the activity proxies they call. Deterministic sandbox
// code like the interpreter workflow itself (interpreter.workflow.ts): only @temporalio/workflow, the
// pure expression language, pure date helpers and types.
import { ApplicationFailure, proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { StepOfKind, WorkflowStep } from '../definition/definition.schema.js';
import { addDays, durationMs } from '../definition/time.js';
import { toValue, truthy } from '../expressions/values.js';
import type { InterpreterActivities, JsonObject, PluginStepInput } from './interpreter.types.js';
import type { StepLog } from './run-base.js';
import { WaitingRun } from './run-waits.js';

const retry = {
  initialInterval: '1 second',
  backoffCoefficient: 2,
  maximumInterval: '1 minute',
  maximumAttempts: 10,
};
export const acts = proxyActivities<InterpreterActivities>({ startToCloseTimeout: '1 minute', retry });
/**
 * The run's own bookkeeping (its projection row and step log, reading the record) as local
 * activities: short writes in the worker that runs the workflow, recorded as markers in the history,
 * with no round trip through the task queue. Steps that act on the world stay regular activities.
 */
export const local = proxyLocalActivities<InterpreterActivities>({ startToCloseTimeout: '1 minute', retry });
/** A run: its steps in order, each step by its kind (waits: WaitingRun; shared state: RunBase). */
export class Run extends WaitingRun {
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
}
