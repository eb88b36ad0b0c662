import { authorize } from '../authz/index.js';
import { recordAudit } from '../audit/record-audit.js';
import {
  customFieldVisibility,
  loadCustomFieldDefinitions,
  validateCustomFields,
} from '../custom-fields/index.js';
import { newId } from '../ids.js';
import { actingUserId, type TenantContext } from '../records/context.js';
import { toJsonObject } from '../records/to-json-object.js';
import { enqueueRecordEvent } from '../records/outbox.js';
import { assertAssignableOwner } from '../ownership/assert-assignable-owner.js';
import { contactSelect, type ContactOutput, type CreateContactInput } from './contact.schema.js';
import { linkContactAccounts } from './link-contact-accounts.js';
import { presentContact } from './present-contact.js';

export async function createContact(ctx: TenantContext, input: CreateContactInput): Promise<ContactOutput> {
  const ownerId = input.ownerId === undefined ? actingUserId(ctx) : input.ownerId;
  authorize(ctx.ability, 'create', 'Contact', { ownerId });
  if (ownerId !== actingUserId(ctx)) {
    authorize(ctx.ability, 'assign', 'Contact');
    if (ownerId) await assertAssignableOwner(ctx, ownerId, 'ownerId');
  }
  const definitions = await loadCustomFieldDefinitions(ctx.db, 'contact');
  const customFields = validateCustomFields(definitions, input.customFields, {
    mode: 'create',
    visible: customFieldVisibility(ctx.actor.permissions, 'contact'),
  });
  const id = newId();
  await ctx.db.contact.create({
    data: {
      tenantId: ctx.actor.tenantId,
      id,
      firstName: input.firstName,
      lastName: input.lastName ?? null,
      middleName: input.middleName ?? null,
      emails: [...new Set(input.emails)],
      phones: [...new Set(input.phones)],
      position: input.position ?? null,
      ownerId,
      customFields: toJsonObject(customFields),
      createdById: actingUserId(ctx),
    },
    select: { id: true },
  });
  if (input.accounts) await linkContactAccounts(ctx, id, input.accounts);
  const row = await ctx.db.contact.findUniqueOrThrow({
    where: { tenantId_id: { tenantId: ctx.actor.tenantId, id } },
    select: contactSelect,
  });
  await recordAudit(ctx, { action: 'contact.created', recordType: 'contact', recordId: id, after: row });
  await enqueueRecordEvent(ctx, 'record.created', { type: 'contact', id });
  return presentContact(ctx, definitions, row);
}
