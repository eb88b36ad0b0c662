import { hiddenFields } from '../authz/index.js';
import { customFieldVisibility } from '../custom-fields/index.js';
import type { TenantContext } from '../records/context.js';
import { fieldChangesOf, stageMoveOf, type ChangeVisibility } from './field-changes.js';
import { pageOfRows, rowsAfter, timelineOrder } from './source-rows.js';
import { subjectOfTimelineRecord } from './timeline-record.js';
import type {
  TimelineEvent,
  TimelineQuery,
  TimelineRecordType,
  TimelineSource,
  TimelineSourcePage,
} from './timeline.types.js';

const prefix = 'audit:';
const lifecycle = new Set(['created', 'deleted', 'restored']);

interface AuditRow {
  id: string;
  at: Date;
  actorUserId: string | null;
  action: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

const runPrefix = 'workflow-run:';

/** The workflow run that made the change (its audit entries carry `workflow-run:<id>`), else nothing. */
function byRun(row: AuditRow): { workflowRunId?: string } {
  return row.requestId?.startsWith(runPrefix) ? { workflowRunId: row.requestId.slice(runPrefix.length) } : {};
}

/**
 * The record's own fields hidden from the actor's role, and the custom fields it sees: known
 * definitions (archived ones too: a field archived since the change keeps its visibility) the role
 * sees. A role that sees every custom field skips the query.
 */
async function loadVisibility(
  ctx: TenantContext,
  type: TimelineRecordType,
  fields: string[],
): Promise<ChangeVisibility> {
  const hidden = hiddenFields(ctx.ability, subjectOfTimelineRecord[type], fields);
  const permissions = ctx.actor.permissions;
  const hidesByName = (permissions.hiddenFields?.[subjectOfTimelineRecord[type]] ?? []).some((f) =>
    f.startsWith('cf.'),
  );
  if (permissions.seesSensitiveFields && !hidesByName)
    return { hiddenFields: hidden, showsCustomField: () => true };
  const definitions = await ctx.db.customFieldDefinition.findMany({
    where: { objectType: type },
    select: { key: true, sensitive: true },
  });
  const shown = new Set(definitions.filter(customFieldVisibility(permissions, type)).map((d) => d.key));
  return { hiddenFields: hidden, showsCustomField: (key) => shown.has(key) };
}

/**
 * One event per audit entry of the record: `created` / `deleted` / `restored` from the action's
 * verb; an entry with a changed `stageId` is a `stage_moved` (with the other changes in `changes`);
 * any other entry with visible field changes is `field_changed`. Entries left with nothing to show
 * (e.g. only the owner changed, which `owner_changed` tells) are skipped. A change a workflow run
 * made names no user and carries `data.workflowRunId`.
 */
function auditEvent(row: AuditRow, visibility: ChangeVisibility): TimelineEvent | null {
  const base = { id: `${prefix}${row.id}`, at: row.at, actorUserId: row.actorUserId };
  const verb = row.action.slice(row.action.lastIndexOf('.') + 1);
  const run = byRun(row);
  if (lifecycle.has(verb)) return { ...base, kind: verb, data: { ...run } };
  const changes = fieldChangesOf(row.before, row.after, visibility);
  const stage = stageMoveOf(row.before, row.after, visibility);
  if (stage)
    return {
      ...base,
      kind: 'stage_moved',
      data: { ...stage, fromStageName: null, toStageName: null, changes, ...run },
    };
  return changes.length > 0 ? { ...base, kind: 'field_changed', data: { changes, ...run } } : null;
}

const stringOr = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** Adds the stage names to stage moves (null for a stage that no longer exists). */
async function nameStages(ctx: TenantContext, events: TimelineEvent[]): Promise<void> {
  const moves = events.filter((e) => e.kind === 'stage_moved');
  const ids = [...new Set(moves.flatMap((e) => [stringOr(e.data.fromStageId), stringOr(e.data.toStageId)]))];
  const known = ids.filter((id): id is string => id !== null);
  if (known.length === 0) return;
  const stages = await ctx.db.stage.findMany({
    where: { id: { in: known } },
    select: { id: true, name: true },
  });
  const names = new Map(stages.map((s) => [s.id, s.name]));
  const nameOf = (id: unknown) => names.get(stringOr(id) ?? '') ?? null;
  for (const move of moves) {
    move.data.fromStageName = nameOf(move.data.fromStageId);
    move.data.toStageName = nameOf(move.data.toStageId);
  }
}

const keysOf = (value: unknown): string[] =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];

async function fetchAudit(ctx: TenantContext, query: TimelineQuery): Promise<TimelineSourcePage> {
  const { record, before, limit } = query;
  const rows: AuditRow[] = await ctx.db.auditLog.findMany({
    where: {
      AND: [
        { tenantId: ctx.actor.tenantId, recordType: record.type, recordId: record.id },
        rowsAfter('at', prefix, before),
      ],
    },
    orderBy: timelineOrder('at'),
    take: limit + 1,
    select: {
      id: true,
      at: true,
      actorUserId: true,
      action: true,
      before: true,
      after: true,
      requestId: true,
    },
  });
  const fields = [...new Set(rows.flatMap((r) => [...keysOf(r.before), ...keysOf(r.after)]))];
  const visibility = await loadVisibility(ctx, record.type, fields);
  const page = pageOfRows(
    rows,
    limit,
    prefix,
    (row) => row.at,
    (row) => auditEvent(row, visibility),
  );
  await nameStages(ctx, page.events);
  return page;
}

export const auditTimelineSource: TimelineSource = { name: 'audit', fetch: fetchAudit };
