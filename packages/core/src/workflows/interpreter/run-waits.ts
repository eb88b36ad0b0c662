// Waiting in a run: plain timers, waiting for an event or an approval, and the SLA with its
// escalation ladder. Every wait is a Temporal timer or condition, so it survives worker and server
// restarts. Deterministic sandbox code like the interpreter itself.
import { ApplicationFailure, condition } from '@temporalio/workflow';
import type { StepOfKind, WorkflowStep } from '../definition/definition.schema.js';
import { changeMatches, targetValuesHold } from '../definition/change-match.js';
import { durationMs } from '../definition/time.js';
import { truthy } from '../expressions/values.js';
import type { JsonObject, WorkflowEventSignal } from './interpreter.types.js';
import { RunBase } from './run-base.js';

type Sla = NonNullable<StepOfKind<'waitForEvent'>['sla']>;

/** The waits of a run, on top of its shared state. */
export abstract class WaitingRun extends RunBase {
  /** A plain timer, shown in the projection as what the run waits for and when it fires. */
  protected async wait(
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

  protected async waitForEvent(step: StepOfKind<'waitForEvent'>, seq: number): Promise<JsonObject> {
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

  protected takeEvent(match: (event: WorkflowEventSignal) => boolean): WorkflowEventSignal | undefined {
    const index = this.events.findIndex(match);
    if (index === -1) {
      // Events of no interest to this wait are dropped, so the queue cannot grow without end.
      this.events.splice(0, this.events.length);
      return undefined;
    }
    const [event] = this.events.splice(index, 1);
    return event;
  }

  protected async approval(step: StepOfKind<'approval'>, seq: number): Promise<JsonObject> {
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
  protected async waitWithSla(
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
