import { recordAudit } from '../audit/record-audit.js';
import { authorize } from '../authz/index.js';
import { AppError } from '../errors/index.js';
import { newId } from '../ids.js';
import type { TenantContext } from '../records/context.js';
import { enqueueRecordEvent } from '../records/outbox.js';
import {
  definitionSelect,
  presentDefinition,
  type CreateDefinitionInput,
  type DefinitionOutput,
  type DefinitionRow,
} from './definition.schema.js';
import { assertOptionsFit } from './find-definition.js';
import { isUniqueViolation } from './prisma-errors.js';

/** Defines a custom field of accounts, contacts or deals; the key is unique per object type, archived fields included. */
export async function createDefinition(
  ctx: TenantContext,
  input: CreateDefinitionInput,
): Promise<DefinitionOutput> {
  authorize(ctx.ability, 'create', 'CustomField');
  assertOptionsFit(input.type, input.options);
  const tenantId = ctx.actor.tenantId;
  const taken = await ctx.db.customFieldDefinition.findFirst({
    where: { tenantId, objectType: input.objectType, key: input.key },
    select: { archivedAt: true },
  });
  if (taken) throw keyTaken(input.key, taken.archivedAt !== null);
  const id = newId();
  let row: DefinitionRow;
  try {
    row = await ctx.db.customFieldDefinition.create({
      data: {
        tenantId,
        id,
        ...input,
        options: input.options ?? [],
        position: input.position ?? (await nextPosition(ctx, input.objectType)),
      },
      select: definitionSelect,
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw keyTaken(input.key, false);
    throw error;
  }
  await recordAudit(ctx, {
    action: 'customField.created',
    recordType: 'customField',
    recordId: id,
    after: row,
  });
  await enqueueRecordEvent(ctx, 'record.created', { type: 'customField', id });
  return presentDefinition(row, ctx.actor.permissions);
}

function keyTaken(key: string, archived: boolean): AppError {
  const where = archived ? 'an archived field' : 'another field';
  return AppError.conflict(`The key "${key}" is already used by ${where} of this object type`, {
    fields: [{ field: 'key', message: `is already used by ${where}` }],
  });
}

async function nextPosition(ctx: TenantContext, objectType: string): Promise<number> {
  const last = await ctx.db.customFieldDefinition.aggregate({
    where: { tenantId: ctx.actor.tenantId, objectType, archivedAt: null },
    _max: { position: true },
  });
  return last._max.position === null ? 0 : last._max.position + 1;
}
