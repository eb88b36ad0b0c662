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
import { changedFields } from '../records/changed-fields.js';
import { enqueueRecordEvent } from '../records/outbox.js';
import { accountSelect, type AccountOutput, type UpdateAccountInput } from './account.schema.js';
import { findAccessibleAccount } from './get-account.js';
import { linkAccountContacts, loadContactLinks } from './link-account-contacts.js';
import { presentAccount } from './present-account.js';
import { toJsonObject } from '../records/to-json-object.js';

export async function updateAccount(ctx: TenantContext, input: UpdateAccountInput): Promise<AccountOutput> {
  const { id, expectedVersion, customFields, contacts, ...fields } = input;
  const existing = await findAccessibleAccount(ctx, id, 'update');
  if (expectedVersion !== undefined && expectedVersion !== existing.version) {
    throw AppError.conflict('The account was changed by someone else', { currentVersion: existing.version });
  }
  const ownerChanges = fields.ownerId !== undefined && fields.ownerId !== existing.ownerId;
  if (ownerChanges) {
    authorize(ctx.ability, 'assign', 'Account');
    if (fields.ownerId) await assertAssignableOwner(ctx, fields.ownerId, 'ownerId');
  }
  const definitions = await loadCustomFieldDefinitions(ctx.db, 'account');
  const customChanges = customFields
    ? validateCustomFields(definitions, customFields, {
        mode: 'update',
        visible: customFieldVisibility(ctx.actor.permissions, 'account'),
      })
    : undefined;
  const { count } = await ctx.db.account.updateMany({
    where: { tenantId: ctx.actor.tenantId, id, version: existing.version },
    data: {
      ...fields,
      ...(customChanges
        ? { customFields: toJsonObject(mergeCustomFields(existing.customFields, customChanges)) }
        : {}),
    },
  });
  if (count === 0) throw AppError.conflict('The account was changed by someone else');
  const linksBefore = contacts ? await loadContactLinks(ctx, id) : [];
  if (contacts) await linkAccountContacts(ctx, id, contacts);
  const linksAfter = contacts ? await loadContactLinks(ctx, id) : [];
  if (ownerChanges) {
    await recordOwnershipChange(ctx, {
      recordType: 'account',
      recordId: id,
      from: existing.ownerId,
      to: fields.ownerId ?? null,
    });
  }
  const row = await ctx.db.account.findUniqueOrThrow({
    where: { tenantId_id: { tenantId: ctx.actor.tenantId, id } },
    select: accountSelect,
  });
  const diff = changedFields({ ...existing, contacts: linksBefore }, { ...row, contacts: linksAfter });
  await recordAudit(ctx, { action: 'account.updated', recordType: 'account', recordId: id, ...diff });
  await enqueueRecordEvent(
    ctx,
    'record.updated',
    { type: 'account', id },
    { changed: Object.keys(diff.after) },
  );
  return presentAccount(ctx, definitions, row);
}
