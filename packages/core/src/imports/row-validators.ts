import { createAccountInput } from '../accounts/account.schema.js';
import { createContactInput } from '../contacts/contact.schema.js';
import {
  validateCustomFields,
  type CustomFieldDefinitionView,
  type CustomFieldVisibility,
} from '../custom-fields/index.js';
import { createDealInput } from '../deals/deal.schema.js';
import type { StageTarget } from '../deals/resolve-stage.js';
import { planStageEntry } from '../deals/stage-rules.js';
import { AppError, fromZodError, type FieldIssue } from '../errors/index.js';
import type { DedupeKey, ImportObjectType } from './import.schema.js';

/** A row's cells by the record field (create-input key) and custom field key they fill. */
export interface RowInput {
  fields: Record<string, unknown>;
  customFields: Record<string, unknown>;
}

export interface DealDefaults {
  currency: string;
  /** The default pipeline's stages by lower-case name. */
  stages: Map<string, StageTarget>;
  /** Where a deal without a stage goes: the default pipeline's first open stage. */
  openStage: StageTarget | undefined;
  now: Date;
}

export interface ValidatorContext {
  definitions: CustomFieldDefinitionView[];
  /** The custom fields the actor's role sees, and so may import. */
  visible: CustomFieldVisibility;
  dedupeBy: readonly DedupeKey[];
  deal?: DealDefaults;
}

/** A valid row: the values to write (JSON) and the keys it is matched by when deduplicating. */
export type Validated = { data: Record<string, unknown>; keys: string[] } | { issues: FieldIssue[] };

function issuesOf(error: unknown): FieldIssue[] {
  if (error instanceof AppError) return error.details?.fields ?? [{ field: '', message: error.message }];
  throw error;
}

function customFieldsOf(
  input: RowInput,
  ctx: ValidatorContext,
  issues: FieldIssue[],
): Record<string, unknown> {
  try {
    return validateCustomFields(ctx.definitions, input.customFields, {
      mode: 'create',
      visible: ctx.visible,
    });
  } catch (error) {
    issues.push(...issuesOf(error));
    return {};
  }
}

/** The digits of a phone (a Russian 8XXXXXXXXXX as 7XXXXXXXXXX), as duplicates are compared. */
export function phoneKey(phone: string): string | null {
  const digits = phone.replace(/\D/g, '');
  const normal = /^8\d{10}$/.test(digits) ? `7${digits.slice(1)}` : digits;
  return normal.length >= 5 ? `phone:${normal}` : null;
}

function keysOf(
  ctx: ValidatorContext,
  sources: Partial<Record<DedupeKey, (string | null | undefined)[]>>,
): string[] {
  const keys = new Set<string>();
  for (const by of ctx.dedupeBy) {
    for (const value of sources[by] ?? []) {
      if (!value) continue;
      const key = by === 'phone' ? phoneKey(value) : `${by}:${value}`;
      if (key) keys.add(key);
    }
  }
  return [...keys];
}

function validateContact(input: RowInput, ctx: ValidatorContext): Validated {
  const parsed = createContactInput.safeParse(input.fields);
  const issues = parsed.success ? [] : issuesOf(fromZodError(parsed.error));
  const customFields = customFieldsOf(input, ctx, issues);
  if (!parsed.success || issues.length > 0) return { issues };
  const c = parsed.data;
  const emails = [...new Set(c.emails)];
  const phones = [...new Set(c.phones)];
  return {
    data: {
      firstName: c.firstName,
      lastName: c.lastName ?? null,
      middleName: c.middleName ?? null,
      emails,
      phones,
      position: c.position ?? null,
      customFields,
    },
    keys: keysOf(ctx, { email: emails, phone: phones }),
  };
}

function validateAccount(input: RowInput, ctx: ValidatorContext): Validated {
  const parsed = createAccountInput.safeParse(input.fields);
  const issues = parsed.success ? [] : issuesOf(fromZodError(parsed.error));
  const customFields = customFieldsOf(input, ctx, issues);
  if (!parsed.success || issues.length > 0) return { issues };
  const a = parsed.data;
  const data = {
    name: a.name,
    taxId: a.taxId ?? null,
    industry: a.industry ?? null,
    region: a.region ?? null,
    address: a.address ?? null,
    website: a.website ?? null,
    phone: a.phone ?? null,
    customFields,
  };
  return { data, keys: keysOf(ctx, { taxId: [data.taxId], phone: [data.phone] }) };
}

function dealStage(input: RowInput, defaults: DealDefaults, issues: FieldIssue[]): StageTarget | undefined {
  const name = input.fields.stage;
  if (typeof name !== 'string') {
    if (!defaults.openStage)
      issues.push({ field: 'stage', message: 'the default pipeline has no open stage' });
    return defaults.openStage;
  }
  const stage = defaults.stages.get(name.trim().toLowerCase());
  if (!stage) issues.push({ field: 'stage', message: 'is not a stage of the default pipeline' });
  return stage;
}

function validateDeal(input: RowInput, ctx: ValidatorContext): Validated {
  const defaults = ctx.deal;
  if (!defaults) throw new AppError('INTERNAL', 'Deal import without pipeline defaults');
  const fields = Object.fromEntries(Object.entries(input.fields).filter(([key]) => key !== 'stage'));
  const parsed = createDealInput.safeParse(fields);
  const issues = parsed.success ? [] : issuesOf(fromZodError(parsed.error));
  const customFields = customFieldsOf(input, ctx, issues);
  const target = dealStage(input, defaults, issues);
  if (!parsed.success || !target || issues.length > 0) return { issues };
  const d = parsed.data;
  try {
    const entry = planStageEntry(target, null, d.lostReason, defaults.now);
    const data = {
      title: d.title,
      amount: d.amount ?? null,
      currency: d.currency ?? defaults.currency,
      expectedCloseDate: d.expectedCloseDate ?? null,
      pipelineId: entry.pipelineId,
      stageId: entry.stageId,
      lostReason: entry.lostReason,
      closedAt: entry.closedAt ? entry.closedAt.toISOString() : null,
      customFields,
    };
    return { data, keys: [] };
  } catch (error) {
    return { issues: issuesOf(error) };
  }
}

export const rowValidators: Record<ImportObjectType, (input: RowInput, ctx: ValidatorContext) => Validated> =
  {
    contact: validateContact,
    account: validateAccount,
    deal: validateDeal,
  };
