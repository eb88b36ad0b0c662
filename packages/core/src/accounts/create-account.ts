import { authorize } from '../authz/index.js';
import { recordAudit } from '../audit/record-audit.js';
import {
  customFieldVisibility,
  loadCustomFieldDefinitions,
  validateCustomFields,
} from '../custom-fields/index.js';
import { newId } from '../ids.js';
import { actingUserId, type TenantContext } from '../records/context.js';
import { enqueueRecordEvent } from '../records/outbox.js';
import { assertAssignableOwner } from '../ownership/assert-assignable-owner.js';
import { accountSelect, type AccountOutput, type CreateAccountInput } from './account.schema.js';
import { linkAccountContacts, loadContactLinks } from './link-account-contacts.js';
import { presentAccount } from './present-account.js';
import { toJsonObject } from '../records/to-json-object.js';

export async function createAccount(ctx: TenantContext, input: CreateAccountInput): Promise<AccountOutput> {
  const ownerId = input.ownerId === undefined ? actingUserId(ctx) : input.ownerId;
  authorize(ctx.ability, 'create', 'Account', { ownerId });
  if (ownerId !== actingUserId(ctx)) {
    authorize(ctx.ability, 'assign', 'Account');
    if (ownerId) await assertAssignableOwner(ctx, ownerId, 'ownerId');
  }
  const definitions = await loadCustomFieldDefinitions(ctx.db, 'account');
  const customFields = validateCustomFields(definitions, input.customFields, {
    mode: 'create',
    visible: customFieldVisibility(ctx.actor.permissions, 'account'),
  });
  const id = newId();
  await ctx.db.account.create({
    data: {
      tenantId: ctx.actor.tenantId,
      id,
      name: input.name,
      taxId: input.taxId ?? null,
      industry: input.industry ?? null,
      region: input.region ?? null,
      address: input.address ?? null,
      website: input.website ?? null,
      phone: input.phone ?? null,
      ownerId,
      customFields: toJsonObject(customFields),
      createdById: actingUserId(ctx),
    },
    select: { id: true },
  });
  if (input.contacts) await linkAccountContacts(ctx, id, input.contacts);
  const row = await ctx.db.account.findUniqueOrThrow({
    where: { tenantId_id: { tenantId: ctx.actor.tenantId, id } },
    select: accountSelect,
  });
  const contacts = input.contacts ? await loadContactLinks(ctx, id) : [];
  await recordAudit(ctx, {
    action: 'account.created',
    recordType: 'account',
    recordId: id,
    after: { ...row, contacts },
  });
  await enqueueRecordEvent(ctx, 'record.created', { type: 'account', id });
  return presentAccount(ctx, definitions, row);
}
