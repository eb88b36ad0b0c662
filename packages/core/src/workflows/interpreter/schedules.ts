import { ScheduleNotFoundError, type Client } from '@temporalio/client';
import { TypedSearchAttributes } from '@temporalio/common';
import type { TenantDb } from '../../db/database.js';
import { TENANT_ID_SEARCH_ATTRIBUTE } from '../../workflow-engine/search-attributes.js';
import type { StepTypeRegistry } from '../definition/step-types.js';
import { validateDefinition } from '../definition/validate-definition.js';
import type { InterpreterInput } from './interpreter.types.js';

export function scheduleId(tenantId: string, workflowId: string): string {
  return `t:${tenantId}:schedule:${workflowId}`;
}

/**
 * Makes the Temporal Schedule of a workflow match its published version: a `schedule` trigger gets
 * (or updates) `t:<tenantId>:schedule:<workflowId>` with its cron and time zone, starting the
 * interpreter with the version's snapshot; anything else (archived, another trigger) removes it.
 * Idempotent, so the relay may deliver publish/archive events again.
 */
export async function syncSchedule(
  deps: { client: Client; taskQueue: string; stepTypes: StepTypeRegistry },
  db: TenantDb,
  tenantId: string,
  workflowId: string,
  pluginActivities: Record<string, string>,
): Promise<void> {
  const id = scheduleId(tenantId, workflowId);
  const handle = deps.client.schedule.getHandle(id);
  const workflow = await db.workflow.findFirst({
    where: { id: workflowId },
    select: { name: true, status: true, publishedVersion: true },
  });
  const version =
    workflow?.status === 'published' && workflow.publishedVersion !== null
      ? await db.workflowVersion.findFirst({
          where: { workflowId, version: workflow.publishedVersion },
          select: { version: true, hash: true, definition: true },
        })
      : null;
  const definition = version ? validateDefinition(version.definition, deps.stepTypes) : null;
  const trigger = definition?.valid ? definition.definition.trigger : null;
  if (
    !workflow ||
    !version ||
    !definition?.valid ||
    (trigger?.type !== 'schedule' && trigger?.type !== 'date')
  ) {
    try {
      await handle.delete();
    } catch (error) {
      if (!(error instanceof ScheduleNotFoundError)) throw error;
    }
    return;
  }
  const typedSearchAttributes = new TypedSearchAttributes([
    { key: TENANT_ID_SEARCH_ATTRIBUTE, value: tenantId },
  ]);
  if (trigger.type === 'date') {
    // Date-relative triggers: one scan a day at 08:00 in the workflow's time zone (docs/workflows.md).
    await upsertSchedule(deps.client, handle, id, {
      spec: { cronExpressions: [DATE_SCAN_CRON], timezone: definition.definition.settings.timeZone },
      action: {
        type: 'startWorkflow',
        workflowType: 'runDateTriggerScan',
        args: [{ tenantId, workflowId, version: version.version }],
        taskQueue: deps.taskQueue,
        workflowId: `t:${tenantId}:datescan:${workflowId}`,
        typedSearchAttributes,
      },
    });
    return;
  }
  const input: InterpreterInput = {
    tenantId,
    runId: '',
    triggerType: 'schedule',
    triggerEventId: null,
    workflowId,
    workflowName: workflow.name,
    version: version.version,
    hash: version.hash,
    definition: definition.definition,
    recordType: null,
    recordId: null,
    trigger: { type: 'schedule', cron: trigger.cron, timeZone: trigger.timeZone },
    pluginActivities,
  };
  const spec = { cronExpressions: [trigger.cron], timezone: trigger.timeZone };
  const action = {
    type: 'startWorkflow' as const,
    workflowType: 'runWorkflowDefinition',
    args: [input],
    taskQueue: deps.taskQueue,
    // Temporal appends the fire time, so each run's id stays under the tenant's prefix.
    workflowId: `t:${tenantId}:wf:${workflowId}:schedule`,
    typedSearchAttributes,
  };
  await upsertSchedule(deps.client, handle, id, { spec, action });
}

/** The daily time of date-trigger scans (in the workflow's time zone). */
export const DATE_SCAN_CRON = '0 8 * * *';

type ScheduleOptions = Parameters<Client['schedule']['create']>[0];

async function upsertSchedule(
  client: Client,
  handle: ReturnType<Client['schedule']['getHandle']>,
  id: string,
  options: Pick<ScheduleOptions, 'spec' | 'action'>,
): Promise<void> {
  try {
    await handle.update((previous) => ({ ...previous, spec: options.spec, action: options.action }));
  } catch (error) {
    if (!(error instanceof ScheduleNotFoundError)) throw error;
    await client.schedule.create({ scheduleId: id, ...options });
  }
}
