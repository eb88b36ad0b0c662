import { recordAudit } from '../audit/record-audit.js';
import { authorize } from '../authz/index.js';
import { AppError } from '../errors/index.js';
import { changedFields } from '../records/changed-fields.js';
import type { TenantContext } from '../records/context.js';
import { enqueueRecordEvent } from '../records/outbox.js';
import {
  definitionSelect,
  presentDefinition,
  selectTypes,
  type DefinitionOutput,
  type UpdateDefinitionInput,
} from './definition.schema.js';
import { fieldHasValues, optionsInUse } from './field-usage.js';
import { assertOptionsFit, findActiveDefinition } from './find-definition.js';

/**
 * Changes a field's label, position, required and sensitive flags, options or type. Stored values must
 * stay valid: the type of a field that any record holds a value for cannot change (409), and an
 * option that records hold cannot be removed (409 naming the options).
 */
export async function updateDefinition(
  ctx: TenantContext,
  input: UpdateDefinitionInput,
): Promise<DefinitionOutput> {
  authorize(ctx.ability, 'update', 'CustomField');
  const { id, type: askedType, options: askedOptions, ...fields } = input;
  const existing = presentDefinition(await findActiveDefinition(ctx, id), ctx.actor.permissions);
  const type = askedType ?? existing.type;
  const typeChanges = type !== existing.type;
  const keepsOptions = selectTypes.includes(type) && selectTypes.includes(existing.type);
  const options = askedOptions ?? (keepsOptions ? existing.options : []);
  assertOptionsFit(type, options);
  if (typeChanges && (await fieldHasValues(ctx, existing.objectType, existing.key))) {
    throw AppError.conflict(`The type of "${existing.key}" cannot change: records hold values for it`, {
      fields: [{ field: 'type', message: 'cannot change while records hold values for the field' }],
    });
  }
  if (!typeChanges && selectTypes.includes(type)) {
    const removed = existing.options.filter((option) => !options.includes(option));
    const used = await optionsInUse(ctx, existing.objectType, existing.key, type === 'multiSelect', removed);
    if (used.length > 0) {
      throw AppError.conflict(`Options in use cannot be removed: ${used.join(', ')}`, {
        fields: [{ field: 'options', message: `records hold ${used.join(', ')}` }],
        options: used,
      });
    }
  }
  const row = await ctx.db.customFieldDefinition.update({
    where: { tenantId_id: { tenantId: ctx.actor.tenantId, id } },
    data: { ...fields, type, options },
    select: definitionSelect,
  });
  const updated = presentDefinition(row, ctx.actor.permissions);
  const diff = changedFields(existing, updated);
  await recordAudit(ctx, { action: 'customField.updated', recordType: 'customField', recordId: id, ...diff });
  await enqueueRecordEvent(
    ctx,
    'record.updated',
    { type: 'customField', id },
    { changed: Object.keys(diff.after) },
  );
  return updated;
}
