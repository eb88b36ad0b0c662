import { authorize } from '../authz/index.js';
import { recordAudit } from '../audit/record-audit.js';
import {
  customFieldVisibility,
  loadCustomFieldDefinitions,
  mergeCustomFields,
  validateCustomFields,
} from '../custom-fields/index.js';
import { AppError } from '../errors/index.js';
import { recordOwnershipChange } from '../ownership/record-ownership-change.js';
import { assertAssignableOwner } from '../ownership/assert-assignable-owner.js';
import type { TenantContext } from '../records/context.js';
import { toJsonObject } from '../records/to-json-object.js';
import { changedFields } from '../records/changed-fields.js';
import { enqueueRecordEvent } from '../records/outbox.js';
import { contactSelect, type ContactOutput, type UpdateContactInput } from './contact.schema.js';
import { findAccessibleContact } from './get-contact.js';
import { linkContactAccounts } from './link-contact-accounts.js';
import { presentContact } from './present-contact.js';

export async function updateContact(ctx: TenantContext, input: UpdateContactInput): Promise<ContactOutput> {
  const { id, expectedVersion, customFields, accounts, ...fields } = input;
  const existing = await findAccessibleContact(ctx, id, 'update');
  if (expectedVersion !== undefined && expectedVersion !== existing.version) {
    throw AppError.conflict('The contact was changed by someone else', { currentVersion: existing.version });
  }
  const ownerChanges = fields.ownerId !== undefined && fields.ownerId !== existing.ownerId;
  if (ownerChanges) {
    authorize(ctx.ability, 'assign', 'Contact');
    if (fields.ownerId) await assertAssignableOwner(ctx, fields.ownerId, 'ownerId');
  }
  const definitions = await loadCustomFieldDefinitions(ctx.db, 'contact');
  const customChanges = customFields
    ? validateCustomFields(definitions, customFields, {
        mode: 'update',
        visible: customFieldVisibility(ctx.actor.permissions, 'contact'),
      })
    : undefined;
  const { count } = await ctx.db.contact.updateMany({
    where: { tenantId: ctx.actor.tenantId, id, version: existing.version },
    data: {
      ...fields,
      ...(fields.emails ? { emails: [...new Set(fields.emails)] } : {}),
      ...(fields.phones ? { phones: [...new Set(fields.phones)] } : {}),
      ...(customChanges
        ? { customFields: toJsonObject(mergeCustomFields(existing.customFields, customChanges)) }
        : {}),
    },
  });
  if (count === 0) throw AppError.conflict('The contact was changed by someone else');
  if (accounts) await linkContactAccounts(ctx, id, accounts);
  if (ownerChanges) {
    await recordOwnershipChange(ctx, {
      recordType: 'contact',
      recordId: id,
      from: existing.ownerId,
      to: fields.ownerId ?? null,
    });
  }
  const row = await ctx.db.contact.findUniqueOrThrow({
    where: { tenantId_id: { tenantId: ctx.actor.tenantId, id } },
    select: contactSelect,
  });
  const diff = changedFields(existing, row);
  await recordAudit(ctx, { action: 'contact.updated', recordType: 'contact', recordId: id, ...diff });
  await enqueueRecordEvent(
    ctx,
    'record.updated',
    { type: 'contact', id },
    { changed: Object.keys(diff.after) },
  );
  return presentContact(ctx, definitions, row);
}
