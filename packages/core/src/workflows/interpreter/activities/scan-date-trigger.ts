import { createHash } from 'node:crypto';
import type { TenantDb } from '../../../db/database.js';
import { toJsonObject } from '../../../records/to-json-object.js';
import { customFieldPath, dateFields, type WorkflowRecordType } from '../../definition/common.schema.js';
import { triggerOf } from '../../definition/trigger.schema.js';
import { evaluateExpression } from '../../expressions/evaluate.js';
import { toValue, truthy } from '../../expressions/values.js';
import { runWorkflowId } from '../../runs/run.schema.js';
import type { DateScanInput } from '../interpreter.types.js';
import { loadWorkflowRecord } from './load-record.js';

const tables: Record<WorkflowRecordType, string> = {
  deal: 'Deal',
  contact: 'Contact',
  account: 'Account',
  activity: 'Activity',
};
const dateOnlyColumns = new Set(['expectedCloseDate']);

function uuidOf(text: string): string {
  const hex = createHash('sha256').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The calendar date of an instant in a time zone, YYYY-MM-DD. */
function localDate(time: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(time);
}

/**
 * Finds the records whose date field is `offsetDays` before today (in the workflow's time zone), so
 * that today is "N days after" (or, negative, before) it, and asks for one run per record: an outbox
 * row and a pending run with ids fixed by (workflow, record, day). Rows already there are skipped.
 */
export async function scanDateTrigger(db: TenantDb, input: DateScanInput): Promise<{ requested: number }> {
  const version = await db.workflowVersion.findFirst({
    where: { workflowId: input.workflowId, version: input.version, status: 'published' },
    select: { definition: true, hash: true },
  });
  const trigger = version ? triggerOf(version.definition) : null;
  if (!version || trigger?.type !== 'date') return { requested: 0 };
  const settings =
    typeof version.definition === 'object' && version.definition !== null && 'settings' in version.definition
      ? version.definition.settings
      : null;
  const timeZone =
    typeof settings === 'object' &&
    settings !== null &&
    'timeZone' in settings &&
    typeof settings.timeZone === 'string'
      ? settings.timeZone
      : 'UTC';
  const today = localDate(Date.parse(input.now ?? new Date().toISOString()), timeZone);
  const target = new Date(Date.parse(`${today}T00:00:00.000Z`) - trigger.offsetDays * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const table = tables[trigger.recordType];
  let where: string;
  const params: unknown[] = [target];
  if (customFieldPath.test(trigger.field)) {
    params.push(trigger.field.slice('customFields.'.length));
    where = `left("customFields"->>$2, 10) = $1`;
  } else if (dateFields[trigger.recordType].includes(trigger.field)) {
    // The column name comes from the fixed list of date fields, never from the definition as typed.
    const column = `"${trigger.field}"`;
    params.push(timeZone);
    where = dateOnlyColumns.has(trigger.field)
      ? `${column} = $1::date AND $2::text IS NOT NULL`
      : `(${column} AT TIME ZONE $2)::date = $1::date`;
  } else {
    return { requested: 0 };
  }
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(
    `SELECT "id" FROM "${table}" WHERE "deletedAt" IS NULL AND ${where} ORDER BY "id" LIMIT 10000`,
    ...params,
  );
  let requested = 0;
  for (const { id: recordId } of rows) {
    if (trigger.condition) {
      const record = await loadWorkflowRecord(db, input.tenantId, trigger.recordType, recordId);
      let holds = false;
      try {
        holds = truthy(
          evaluateExpression(trigger.condition, { record: toValue(record), now: input.now ?? null }),
        );
      } catch {
        holds = false;
      }
      if (!holds) continue;
    }
    const eventId = uuidOf(`date/${input.workflowId}/${recordId}/${today}`);
    const runId = uuidOf(`run/${eventId}`);
    const inserted = await db.outbox.createMany({
      data: [
        {
          tenantId: input.tenantId,
          id: eventId,
          topic: 'workflow.run_requested',
          recordType: trigger.recordType,
          recordId,
          payload: toJsonObject({
            runId,
            workflowId: input.workflowId,
            version: input.version,
            triggerType: 'date',
            trigger: { date: today, field: trigger.field },
          }),
        },
      ],
      skipDuplicates: true,
    });
    if (inserted.count === 0) continue;
    await db.workflowRun.createMany({
      data: [
        {
          tenantId: input.tenantId,
          id: runId,
          workflowId: input.workflowId,
          version: input.version,
          definitionHash: version.hash,
          temporalWorkflowId: runWorkflowId(input.tenantId, input.workflowId, eventId),
          triggerType: 'date',
          triggerEventId: eventId,
          recordType: trigger.recordType,
          recordId,
        },
      ],
      skipDuplicates: true,
    });
    requested += 1;
  }
  return { requested };
}
