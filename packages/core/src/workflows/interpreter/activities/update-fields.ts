import type { z } from 'zod';
import { updateAccount, updateAccountInput } from '../../../accounts/index.js';
import { updateActivity, updateActivityInput } from '../../../activities/index.js';
import { updateContact, updateContactInput } from '../../../contacts/index.js';
import { updateDeal, updateDealInput } from '../../../deals/index.js';
import type { TenantDb } from '../../../db/database.js';
import { AppError, fromZodError, isAppError } from '../../../errors/index.js';
import type { TenantContext } from '../../../records/context.js';
import { writableFields, type WorkflowRecordType } from '../../definition/common.schema.js';
import type { UpdateFieldsInput } from '../interpreter.types.js';
import { automationContext } from './automation-context.js';
import { workflowTarget } from './workflow-target.js';

/**
 * A value as the record services take it. Expressions yield dates as ISO strings and may yield
 * numbers or strings where the services are stricter: a date field takes the day, a date-time field
 * a full ISO string with its offset, a flag `true`/`'true'`.
 */
function serviceValue(field: string, value: unknown): unknown {
  if (value === null) return null;
  if (field === 'expectedCloseDate' && typeof value === 'string') return value.slice(0, 10);
  if (field === 'dueAt' && typeof value === 'string') {
    const at = new Date(value);
    return Number.isNaN(at.getTime()) ? value : at.toISOString();
  }
  if (field === 'done') return value === true || value === 'true';
  return value;
}

/** The step's `set` as a record service's update input: own fields, and `customFields.<key>` gathered. */
function updateInput(type: WorkflowRecordType, id: string, set: Record<string, unknown>) {
  const input: Record<string, unknown> = { id };
  const customFields: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(set)) {
    if (field.startsWith('customFields.')) customFields[field.slice('customFields.'.length)] = value;
    else if (writableFields[type].includes(field)) input[field] = serviceValue(field, value);
    else throw AppError.invalid([{ field: `set.${field}`, message: `is not a writable field of a ${type}` }]);
  }
  if (Object.keys(customFields).length > 0) input.customFields = customFields;
  return input;
}

/** Errors of the service's input schema, named as the step's fields (`set.amount`, `set.customFields.x`). */
function parsed<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) throw fromZodError(result.error, 'set');
  return result.data;
}

/** The record's own update service, with the input checked by its schema. */
async function callService(ctx: TenantContext, type: WorkflowRecordType, input: unknown): Promise<void> {
  if (type === 'deal') await updateDeal(ctx, parsed(updateDealInput, input));
  else if (type === 'contact') await updateContact(ctx, parsed(updateContactInput, input));
  else if (type === 'account') await updateAccount(ctx, parsed(updateAccountInput, input));
  else await updateActivity(ctx, parsed(updateActivityInput, input));
}

/** A service's field errors named as the step's (`lostReason` → `set.lostReason`). */
function asStepError(error: unknown): unknown {
  if (!isAppError(error) || error.code !== 'BAD_REQUEST' || !error.details?.fields) return error;
  const fields = error.details.fields.map((issue) =>
    issue.field.startsWith('set.') ? issue : { ...issue, field: `set.${issue.field}` },
  );
  return AppError.invalid(fields);
}

/** Edits by people that land between the service's read and its write: read again and apply. */
const conflictAttempts = 3;

/**
 * Applies the update through the record's own service, as the workflow run. A person's concurrent
 * edit makes the service's versioned write miss; the run then applies its change on top of theirs.
 */
export async function updateRecordAsWorkflow(
  ctx: TenantContext,
  type: WorkflowRecordType,
  input: Record<string, unknown>,
): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await callService(ctx, type, input);
      return;
    } catch (error) {
      const retry = isAppError(error) && error.code === 'CONFLICT' && attempt < conflictAttempts;
      if (!retry) throw asStepError(error);
    }
  }
}

/**
 * The `updateFields` step: the same rules as an edit by a person (custom field types and options,
 * stage rules such as a lost reason, assignable owners), the same audit entry and timeline, and the
 * `record.updated` event marked with the run so it never re-triggers that run's workflow.
 */
export async function updateFields(db: TenantDb, input: UpdateFieldsInput): Promise<{ changed: string[] }> {
  const { type, id } = workflowTarget(input);
  const ctx = automationContext(db, input.tenantId, input.runId);
  await updateRecordAsWorkflow(ctx, type, updateInput(type, id, input.set));
  return { changed: Object.keys(input.set) };
}
