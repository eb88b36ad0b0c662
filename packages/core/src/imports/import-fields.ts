import {
  hiddenFieldMessage,
  type CustomFieldDefinitionView,
  type CustomFieldVisibility,
} from '../custom-fields/index.js';
import { AppError, type FieldIssue } from '../errors/index.js';
import type { DedupeKey, ImportObjectType, ImportOptions } from './import.schema.js';

/** A record field a CSV column can fill: `text` takes the cell, `list` splits it (e-mails, phones). */
export interface ImportField {
  name: string;
  kind: 'text' | 'list';
  /** The key of the record's create input it fills. */
  target: string;
}

const text = (name: string): ImportField => ({ name, kind: 'text', target: name });
const list = (name: string, target: string): ImportField => ({ name, kind: 'list', target });

interface ObjectCatalog {
  fields: ImportField[];
  /** The field every row must have (the record's title). */
  required: string;
  dedupeKeys: readonly DedupeKey[];
}

export const importCatalog: Record<ImportObjectType, ObjectCatalog> = {
  contact: {
    fields: [
      text('firstName'),
      text('lastName'),
      text('middleName'),
      text('position'),
      list('email', 'emails'),
      list('emails', 'emails'),
      list('phone', 'phones'),
      list('phones', 'phones'),
    ],
    required: 'firstName',
    dedupeKeys: ['email', 'phone'],
  },
  account: {
    fields: ['name', 'taxId', 'industry', 'region', 'address', 'website', 'phone'].map(text),
    required: 'name',
    dedupeKeys: ['taxId', 'phone'],
  },
  deal: {
    fields: ['title', 'amount', 'currency', 'expectedCloseDate', 'stage', 'lostReason'].map(text),
    required: 'title',
    dedupeKeys: [],
  },
};

/** What one CSV column feeds: a record field or a custom field. */
export type ColumnPlan =
  | { index: number; column: string; field: ImportField }
  | { index: number; column: string; customField: CustomFieldDefinitionView };

interface MappingContext {
  objectType: ImportObjectType;
  header: string[];
  definitions: CustomFieldDefinitionView[];
  /** The custom fields the actor's role sees, and so may import. */
  visible: CustomFieldVisibility;
}

function automaticMapping(ctx: MappingContext): Record<string, string | null> {
  const names = new Map<string, string>();
  for (const field of importCatalog[ctx.objectType].fields) names.set(field.name.toLowerCase(), field.name);
  for (const definition of ctx.definitions)
    names.set(`cf.${definition.key}`.toLowerCase(), `cf.${definition.key}`);
  return Object.fromEntries(
    ctx.header.map((column) => [column, names.get(column.trim().toLowerCase()) ?? null]),
  );
}

function planColumn(
  ctx: MappingContext,
  column: string,
  target: string,
  index: number,
): ColumnPlan | FieldIssue {
  const field = `mapping.${column}`;
  if (target.startsWith('cf.')) {
    const definition = ctx.definitions.find((d) => d.key === target.slice(3));
    if (!definition) return { field, message: `${target} is not a custom field of this record type` };
    if (!ctx.visible(definition)) return { field, message: `${target} ${hiddenFieldMessage(definition)}` };
    return { index, column, customField: definition };
  }
  const known = importCatalog[ctx.objectType].fields.find((f) => f.name === target);
  if (!known) return { field, message: `${target} is not an importable field of a ${ctx.objectType}` };
  return { index, column, field: known };
}

/**
 * The column plan of a file: which column fills which field. Refuses (naming `mapping.<column>`)
 * columns the file does not have, unknown fields (`tenantId`, `id`, `ownerId` are not importable),
 * custom fields hidden from the role (sensitive ones, or hidden by name), a single-value field fed by two columns, and a
 * missing required field.
 */
export function planColumns(ctx: MappingContext, mapping: ImportOptions['mapping']): ColumnPlan[] {
  const chosen = mapping ?? automaticMapping(ctx);
  const issues: FieldIssue[] = [];
  const plans: ColumnPlan[] = [];
  for (const [column, target] of Object.entries(chosen)) {
    const index = ctx.header.indexOf(column);
    if (index < 0) {
      issues.push({ field: `mapping.${column}`, message: 'the file has no such column' });
      continue;
    }
    if (target === null) continue;
    const plan = planColumn(ctx, column, target, index);
    if ('message' in plan) issues.push(plan);
    else plans.push(plan);
  }
  const single = new Map<string, string>();
  for (const plan of plans) {
    if ('field' in plan && plan.field.kind === 'list') continue;
    const key = 'field' in plan ? plan.field.target : `cf.${plan.customField.key}`;
    const other = single.get(key);
    if (other !== undefined)
      issues.push({
        field: `mapping.${plan.column}`,
        message: `${key} is already filled from column ${other}`,
      });
    single.set(key, plan.column);
  }
  const required = importCatalog[ctx.objectType].required;
  if (!plans.some((plan) => 'field' in plan && plan.field.name === required)) {
    issues.push({
      field: 'mapping',
      message: `no column is mapped to ${required}, which every ${ctx.objectType} needs`,
    });
  }
  if (issues.length > 0) throw AppError.invalid(issues, 'The column mapping does not fit the file');
  return plans.sort((x, y) => x.index - y.index);
}

/** Refuses dedupe keys the record type does not have. */
export function assertDedupeKeys(objectType: ImportObjectType, options: ImportOptions): void {
  const allowed = importCatalog[objectType].dedupeKeys;
  const wrong = options.dedupe?.by.filter((key) => !allowed.includes(key)) ?? [];
  if (wrong.length > 0) {
    const known = allowed.length > 0 ? `; use ${allowed.join(' or ')}` : '';
    throw AppError.invalid([
      { field: 'dedupe.by', message: `a ${objectType} cannot be matched by ${wrong.join(', ')}${known}` },
    ]);
  }
}
