import { newId, newToken } from '@crm/core';
import type { TestApp, TestTenant } from '../support/test-app.js';
import { createBankRecords } from './fixtures/bank-records.js';
import { createLogisticsRecords } from './fixtures/logistics-records.js';
import { createRealestateRecords } from './fixtures/realestate-records.js';
import { createTelecomRecords } from './fixtures/telecom-records.js';
import { createWebhookRecords } from './fixtures/webhook-records.js';
import { createWorkflowRecords } from './fixtures/workflow-records.js';

/** One record of every kind in a tenant (plus a soft-deleted contact), created directly in its unit of work. */
export interface TenantRecords {
  tenantId: string;
  userId: string;
  contact: string;
  deletedContact: string;
  account: string;
  deal: string;
  stage: string;
  pipeline: string;
  activity: string;
  tag: string;
  customField: string;
  apiKey: string;
  import: string;
  role: string;
  customRole: string;
  team: string;
  invitation: string;
  savedView: string;
  vehicle: string;
  contract: string;
  telecomOffering: string;
  telecomProduct: string;
  telecomOrder: string;
  telecomTicket: string;
  telecomRecommendation: string;
  route: string;
  shipment: string;
  salesPlan: string;
  workflow: string;
  workflowRun: string;
  approval: string;
  notification: string;
  hookToken: string;
  district: string;
  property: string;
  property2: string;
  requirement: string;
  showing: string;
  duplicate: string;
  bankTier: string;
  bankPlan: string;
  bankProduct: string;
  bankHousehold: string;
  bankReferral: string;
  bankOffer: string;
  bankCampaign: string;
  bankRule: string;
  bankHandover: string;
  webhook: string;
  webhookDelivery: string;
}

export async function createTenantRecords(h: TestApp, tenant: TestTenant): Promise<TenantRecords> {
  const { tenantId } = tenant;
  const ids = {
    contact: newId(),
    deletedContact: newId(),
    account: newId(),
    deal: newId(),
    activity: newId(),
    tag: newId(),
    customField: newId(),
    import: newId(),
    invitation: newId(),
    customRole: newId(),
    team: newId(),
    savedView: newId(),
    vehicle: newId(),
    contract: newId(),
    telecomOffering: newId(),
    telecomProduct: newId(),
    telecomOrder: newId(),
    telecomTicket: newId(),
    telecomRecommendation: newId(),
    route: newId(),
    shipment: newId(),
    salesPlan: newId(),
    workflow: newId(),
    workflowRun: newId(),
    approval: newId(),
    notification: newId(),
    district: newId(),
    property: newId(),
    property2: newId(),
    requirement: newId(),
    showing: newId(),
    duplicate: newId(),
    bankTier: newId(),
    bankPlan: newId(),
    bankProduct: newId(),
    bankHousehold: newId(),
    bankReferral: newId(),
    bankOffer: newId(),
    bankCampaign: newId(),
    bankRule: newId(),
    bankHandover: newId(),
    webhook: newId(),
    webhookDelivery: newId(),
  };
  const hookToken = newToken('crm_hook');
  return h.t.db.withTenant(tenantId, async (db) => {
    const stage = await db.stage.findFirstOrThrow({
      where: { pipelineId: tenant.pipelineId },
      select: { id: true },
    });
    const apiKey = await db.apiKey.findFirstOrThrow({ select: { id: true } });
    const userId = tenant.users.admin.userId;
    await db.account.create({
      data: { tenantId, id: ids.account, name: `Secret account ${tenantId}`, ownerId: userId },
    });
    await db.contact.createMany({
      data: [
        {
          tenantId,
          id: ids.contact,
          firstName: 'Secret',
          lastName: tenantId,
          emails: [`secret-${tenantId}@a.test`],
          ownerId: userId,
        },
        { tenantId, id: ids.deletedContact, firstName: 'Deleted', ownerId: userId, deletedAt: new Date() },
      ],
    });
    await db.accountContact.create({ data: { tenantId, accountId: ids.account, contactId: ids.contact } });
    await db.deal.create({
      data: {
        tenantId,
        id: ids.deal,
        title: `Secret deal ${tenantId}`,
        pipelineId: tenant.pipelineId,
        stageId: stage.id,
        ownerId: userId,
        accountId: ids.account,
      },
    });
    await db.activity.create({
      data: {
        tenantId,
        id: ids.activity,
        type: 'task',
        subject: 'Secret task',
        ownerId: userId,
        contactId: ids.contact,
        dealId: ids.deal,
      },
    });
    await db.tag.create({ data: { tenantId, id: ids.tag, name: `secret-${tenantId}` } });
    await db.recordTag.create({
      data: { tenantId, tagId: ids.tag, recordType: 'contact', recordId: ids.contact },
    });
    await db.customFieldDefinition.create({
      data: {
        tenantId,
        id: ids.customField,
        objectType: 'contact',
        key: 'secretField',
        label: 'Secret',
        type: 'text',
      },
    });
    await db.role.create({
      data: {
        tenantId,
        id: ids.customRole,
        key: 'custom_secret',
        name: 'Secret role',
        permissions: { grants: {}, seesSensitiveFields: false },
      },
    });
    await db.team.create({ data: { tenantId, id: ids.team, name: `Secret team ${tenantId}` } });
    await db.savedView.create({
      data: {
        tenantId,
        id: ids.savedView,
        objectType: 'contact',
        name: 'Secret view',
        ownerId: userId,
        shared: true,
        definition: { filters: {}, columns: [] },
      },
    });
    await db.teamMember.create({ data: { tenantId, teamId: ids.team, userId, isManager: true } });
    await db.import.create({
      data: { tenantId, id: ids.import, objectType: 'contact', status: 'completed' },
    });
    await db.invitation.create({
      data: {
        tenantId,
        id: ids.invitation,
        email: `invitee-${tenantId}@a.test`,
        roleId: tenant.roleIds.viewer,
        tokenHash: `hash-${ids.invitation}`,
        invitedById: userId,
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    await createWorkflowRecords(db, tenantId, userId, ids, hookToken);
    await createWebhookRecords(db, tenantId, userId, ids);
    await createLogisticsRecords(tenantId, userId, ids);
    await createTelecomRecords(tenantId, ids);
    await createRealestateRecords(tenantId, userId, ids);
    await createBankRecords(tenantId, userId, ids);
    return {
      ...ids,
      hookToken,
      tenantId,
      userId,
      stage: stage.id,
      pipeline: tenant.pipelineId,
      apiKey: apiKey.id,
      role: tenant.roleIds.sales_rep,
    };
  });
}
