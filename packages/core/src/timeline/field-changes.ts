import { isDeepStrictEqual } from 'node:util';

export interface FieldChange {
  /** The record's field, or `customFields.<key>` for a custom field. */
  field: string;
  before: unknown;
  after: unknown;
}

/** What of a record's history the actor may see. */
export interface ChangeVisibility {
  /** Record fields hidden from the actor's role. */
  hiddenFields: ReadonlySet<string>;
  /** Whether a custom field's values may be shown (sensitive ones are not, to most roles). */
  showsCustomField(key: string): boolean;
}

/**
 * Fields that never appear as field changes: bookkeeping, derived values, and the owner and stage,
 * which have events of their own (`owner_changed` from the ownership history, `stage_moved`).
 */
const notShownAsChanges = new Set([
  'id',
  'tenantId',
  'version',
  'createdAt',
  'updatedAt',
  'deletedAt',
  'createdById',
  'fullName',
  'search',
  'ownerId',
  'stageId',
  'stageChangedAt',
]);

function asObject(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function customFieldChanges(before: unknown, after: unknown, visibility: ChangeVisibility): FieldChange[] {
  const b = asObject(before);
  const a = asObject(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].sort();
  return keys
    .filter((key) => visibility.showsCustomField(key) && !isDeepStrictEqual(b[key], a[key]))
    .map((key) => ({ field: `customFields.${key}`, before: b[key] ?? null, after: a[key] ?? null }));
}

/** The visible field changes of an audit entry's before/after objects (custom fields one by one). */
export function fieldChangesOf(before: unknown, after: unknown, visibility: ChangeVisibility): FieldChange[] {
  const b = asObject(before);
  const a = asObject(after);
  const changes: FieldChange[] = [];
  for (const field of [...new Set([...Object.keys(b), ...Object.keys(a)])]) {
    if (notShownAsChanges.has(field) || visibility.hiddenFields.has(field)) continue;
    if (field === 'customFields') changes.push(...customFieldChanges(b[field], a[field], visibility));
    else if (!isDeepStrictEqual(b[field], a[field]))
      changes.push({ field, before: b[field] ?? null, after: a[field] ?? null });
  }
  return changes;
}

/** The stage move recorded in an audit entry, if its before/after carry a changed `stageId`. */
export function stageMoveOf(
  before: unknown,
  after: unknown,
  visibility: ChangeVisibility,
): { fromStageId: string | null; toStageId: string } | null {
  const b = asObject(before);
  const a = asObject(after);
  if (visibility.hiddenFields.has('stageId') || typeof a.stageId !== 'string' || a.stageId === b.stageId)
    return null;
  return { fromStageId: typeof b.stageId === 'string' ? b.stageId : null, toStageId: a.stageId };
}
