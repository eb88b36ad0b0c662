import { AppError, type FieldIssue } from '../errors/index.js';
import type { TenantDb } from '../db/database.js';
import { unitMemo } from '../db/unit-of-work.js';
import {
  valueSchemaOf,
  type CustomFieldDefinitionView,
  type CustomFieldObjectType,
  type CustomFieldType,
} from './custom-field-types.js';
import type { CustomFieldVisibility } from './custom-field-visibility.js';

export const CUSTOM_FIELDS_MEMO = 'customFieldDefinitions';

interface DefinitionRow {
  objectType: string;
  key: string;
  label: string;
  type: string;
  options: unknown;
  required: boolean;
  sensitive: boolean;
}

function toView(row: DefinitionRow): CustomFieldDefinitionView {
  return {
    key: row.key,
    label: row.label,
    type: row.type as CustomFieldType,
    options: Array.isArray(row.options) ? row.options.filter((o): o is string => typeof o === 'string') : [],
    required: row.required,
    sensitive: row.sensitive,
  };
}

/**
 * The tenant's active custom field definitions of one record type. When the unit of work already
 * read them (the request's opening probe puts them in the unit memo) no query is sent. Code that
 * changes definitions deletes CUSTOM_FIELDS_MEMO from the unit memo.
 */
export async function loadCustomFieldDefinitions(
  db: TenantDb,
  objectType: CustomFieldObjectType,
): Promise<CustomFieldDefinitionView[]> {
  const memo = unitMemo()?.get(CUSTOM_FIELDS_MEMO);
  if (Array.isArray(memo)) {
    return (memo as DefinitionRow[]).filter((row) => row.objectType === objectType).map(toView);
  }
  const rows = await db.customFieldDefinition.findMany({
    where: { objectType, archivedAt: null },
    select: {
      objectType: true,
      key: true,
      label: true,
      type: true,
      options: true,
      required: true,
      sensitive: true,
    },
    orderBy: { position: 'asc' },
  });
  return rows.map(toView);
}

interface ValidateOptions {
  /** On create every required field must be present; on update only the given ones are checked. */
  mode: 'create' | 'update';
  /** The fields the actor's role sees, and so may write (see `customFieldVisibility`). */
  visible: CustomFieldVisibility;
}

/** Why a role may not write a field it cannot see. */
export function hiddenFieldMessage(definition: Pick<CustomFieldDefinitionView, 'sensitive'>): string {
  return definition.sensitive
    ? 'is sensitive and may not be changed by your role'
    : 'is hidden from your role and may not be changed';
}

/**
 * Checks custom field values against the tenant's definitions: unknown keys, wrong types, missing
 * required values and fields hidden from the actor's role (sensitive ones, or hidden by name) are all
 * reported, each by its field. A required field the role cannot see is not asked for. A `null` value
 * clears a field on update. Returns the values to merge into the record.
 */
export function validateCustomFields(
  definitions: CustomFieldDefinitionView[],
  values: Record<string, unknown>,
  options: ValidateOptions,
): Record<string, unknown> {
  const byKey = new Map(definitions.map((d) => [d.key, d]));
  const issues: FieldIssue[] = [];
  const clean: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const field = `customFields.${key}`;
    const definition = byKey.get(key);
    if (!definition) {
      issues.push({ field, message: 'is not a custom field of this record type' });
      continue;
    }
    if (!options.visible(definition)) {
      issues.push({ field, message: hiddenFieldMessage(definition) });
      continue;
    }
    if (value === null) {
      if (definition.required) issues.push({ field, message: 'is required' });
      else clean[key] = null;
      continue;
    }
    const parsed = valueSchemaOf(definition).safeParse(value);
    if (parsed.success) clean[key] = parsed.data;
    else issues.push({ field, message: parsed.error.issues[0]?.message ?? 'is invalid' });
  }
  if (options.mode === 'create') {
    for (const definition of definitions) {
      if (definition.required && options.visible(definition) && values[definition.key] === undefined) {
        issues.push({ field: `customFields.${definition.key}`, message: 'is required' });
      }
    }
  }
  if (issues.length > 0) throw AppError.invalid(issues);
  return clean;
}

/** Merges validated changes into stored values; `null` removes a key. */
export function mergeCustomFields(
  stored: unknown,
  changes: Record<string, unknown>,
): Record<string, unknown> {
  const base =
    stored && typeof stored === 'object' && !Array.isArray(stored)
      ? { ...(stored as Record<string, unknown>) }
      : {};
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) Reflect.deleteProperty(base, key);
    else base[key] = value;
  }
  return base;
}

/**
 * The values the actor may see: only fields with an active definition (an archived field's values stay
 * stored but are no longer shown, whatever its sensitivity was) that the actor's role sees.
 */
export function visibleCustomFields(
  definitions: CustomFieldDefinitionView[],
  stored: unknown,
  visible: CustomFieldVisibility,
): Record<string, unknown> {
  const values =
    stored && typeof stored === 'object' && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  const shown = new Set(definitions.filter(visible).map((d) => d.key));
  return Object.fromEntries(Object.entries(values).filter(([key]) => shown.has(key)));
}
