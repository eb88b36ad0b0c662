import { hashToken, newId, newToken, type TenantDb } from '@crm/core';
import { bankTables } from '@crm/plugin-bank';
import { logisticsTables } from '@crm/plugin-logistics';
import { telecomTables } from '@crm/plugin-telecom';
import { realestateTables } from '@crm/plugin-realestate';
import type { TestApp, TestTenant } from '../support/test-app.js';

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

/** A published manual workflow on deals with a waiting run, a pending approval and a notification. */
async function createWorkflowRecords(
  db: TenantDb,
  tenantId: string,
  userId: string,
  ids: { workflow: string; workflowRun: string; approval: string; notification: string; deal: string },
  hookToken: string,
): Promise<void> {
  const definition = {
    schemaVersion: 1,
    trigger: { type: 'manual', recordType: 'deal' },
    steps: [{ id: 'secretStep', kind: 'notify', title: 'Secret workflow step', to: [{ type: 'owner' }] }],
    settings: { timeZone: 'UTC', workDays: [1, 2, 3, 4, 5], holidays: [] },
  };
  await db.workflow.create({
    data: {
      tenantId,
      id: ids.workflow,
      name: `Secret workflow ${tenantId}`,
      status: 'published',
      publishedVersion: 1,
      signingSecret: `secret-${tenantId}`,
      hookTokenHash: hashToken(hookToken),
      createdById: userId,
    },
  });
  await db.workflowVersion.create({
    data: {
      tenantId,
      workflowId: ids.workflow,
      version: 1,
      status: 'published',
      definition,
      hash: `hash-${tenantId}`,
      triggerType: 'manual',
      recordType: 'deal',
    },
  });
  await db.workflowRun.create({
    data: {
      tenantId,
      id: ids.workflowRun,
      workflowId: ids.workflow,
      version: 1,
      definitionHash: `hash-${tenantId}`,
      temporalWorkflowId: `t:${tenantId}:wf:${ids.workflow}:${ids.workflowRun}`,
      triggerType: 'manual',
      recordType: 'deal',
      recordId: ids.deal,
      status: 'waiting',
      currentStepId: 'secretStep',
    },
  });
  await db.workflowRunStep.create({
    data: {
      tenantId,
      runId: ids.workflowRun,
      seq: 0,
      stepId: 'secretStep',
      kind: 'approval',
      status: 'waiting',
    },
  });
  await db.workflowApproval.create({
    data: {
      tenantId,
      id: ids.approval,
      runId: ids.workflowRun,
      stepId: 'secretStep',
      roleKey: 'admin',
      title: 'Secret approval',
      recordType: 'deal',
      recordId: ids.deal,
    },
  });
  await db.notification.create({
    data: {
      tenantId,
      id: ids.notification,
      userId,
      title: 'Secret notification',
      idempotencyKey: `fixture-${ids.notification}`,
    },
  });
}

/** The logistics plugin switched on for tenant A, with one record of each of its tables. */
async function createLogisticsRecords(
  tenantId: string,
  userId: string,
  ids: {
    account: string;
    vehicle: string;
    contract: string;
    route: string;
    shipment: string;
    salesPlan: string;
  },
): Promise<void> {
  const ldb = logisticsTables;
  await ldb.$executeRaw`INSERT INTO "TenantPlugin" ("tenantId", "pluginId") VALUES (${tenantId}::uuid, 'logistics')`;
  await ldb.logisticsVehicle.create({
    data: {
      tenantId,
      id: ids.vehicle,
      plateNumber: `S${tenantId.slice(-6)}`,
      make: 'Secret',
      model: 'Truck',
      bodyType: 'tent',
      payloadKg: 20000,
      status: 'reserved',
      reservedUntil: new Date(Date.now() + 86_400_000),
    },
  });
  await ldb.logisticsVehicleStatusChange.create({
    data: { tenantId, id: newId(), vehicleId: ids.vehicle, fromStatus: 'free', toStatus: 'reserved' },
  });
  await ldb.logisticsContract.create({
    data: {
      tenantId,
      id: ids.contract,
      number: `SECRET-${tenantId}`,
      accountId: ids.account,
      kind: 'client',
      startsOn: new Date('2026-01-01'),
      endsOn: new Date(Date.now() + 20 * 86_400_000),
    },
  });
  await ldb.logisticsAccountProfile.create({
    data: { tenantId, accountId: ids.account, isClient: true, otherCarriers: ['Secret carrier'] },
  });
  await ldb.logisticsRoute.create({
    data: { tenantId, id: ids.route, code: 'SECRET', name: 'Secret route' },
  });
  const stops = [
    { sequence: 1, kind: 'pickup', place: 'Secret origin' },
    { sequence: 2, kind: 'delivery', place: 'Secret destination' },
  ];
  await ldb.logisticsRouteStop.createMany({
    data: stops.map((stop) => ({ tenantId, routeId: ids.route, ...stop })),
  });
  await ldb.logisticsShipment.create({
    data: {
      tenantId,
      id: ids.shipment,
      number: `SECRET-${tenantId}`,
      accountId: ids.account,
      routeId: ids.route,
      cargo: 'Secret cargo',
      weightKg: 1000,
      vehicleId: ids.vehicle,
      status: 'assigned',
    },
  });
  await ldb.logisticsShipmentStop.createMany({
    data: stops.map((stop) => ({ tenantId, shipmentId: ids.shipment, ...stop })),
  });
  await ldb.logisticsShipmentEvent.create({
    data: {
      tenantId,
      id: newId(),
      shipmentId: ids.shipment,
      kind: 'status',
      fromStatus: 'planned',
      toStatus: 'assigned',
    },
  });
  await ldb.logisticsDocumentTemplate.create({
    data: { tenantId, kind: 'contract', title: 'Secret template', body: 'Secret {{contract.number}}' },
  });
  await ldb.logisticsSalesPlan.create({
    data: {
      tenantId,
      id: ids.salesPlan,
      userId,
      periodStart: new Date('2026-01-01'),
      periodEnd: new Date('2026-01-31'),
      callsExisting: 10,
    },
  });
}

/** The telecom plugin switched on for tenant A, with one record of each of its tables. */
async function createTelecomRecords(
  tenantId: string,
  ids: {
    account: string;
    telecomOffering: string;
    telecomProduct: string;
    telecomOrder: string;
    telecomTicket: string;
    telecomRecommendation: string;
  },
): Promise<void> {
  const tdb = telecomTables;
  await tdb.$executeRaw`INSERT INTO "TenantPlugin" ("tenantId", "pluginId") VALUES (${tenantId}::uuid, 'telecom')`;
  const bundle = newId();
  await tdb.telecomProductOffering.createMany({
    data: [
      { tenantId, id: ids.telecomOffering, name: `Secret tariff ${tenantId}`, lifecycleStatus: 'Launched' },
      { tenantId, id: bundle, name: `Secret bundle ${tenantId}`, isBundle: true },
    ],
  });
  await tdb.telecomBundledOffering.create({
    data: { tenantId, bundleId: bundle, offeringId: ids.telecomOffering },
  });
  await tdb.telecomProductOfferingPrice.create({
    data: {
      tenantId,
      id: newId(),
      offeringId: ids.telecomOffering,
      name: 'Secret fee',
      priceType: 'recurring',
      recurringChargePeriodType: 'month',
      recurringChargePeriodLength: 1,
      amount: 500,
      currency: 'RUB',
    },
  });
  await tdb.telecomProduct.create({
    data: {
      tenantId,
      id: ids.telecomProduct,
      accountId: ids.account,
      offeringId: ids.telecomOffering,
      name: 'Secret line',
      productSerialNumber: `+7900${tenantId.slice(-7)}`,
      status: 'active',
    },
  });
  await tdb.telecomProductOrder.create({
    data: { tenantId, id: ids.telecomOrder, accountId: ids.account, state: 'inProgress' },
  });
  await tdb.telecomProductOrderItem.create({
    data: {
      tenantId,
      orderId: ids.telecomOrder,
      id: '1',
      action: 'modify',
      productId: ids.telecomProduct,
      offeringId: ids.telecomOffering,
    },
  });
  await tdb.telecomTroubleTicket.create({
    data: {
      tenantId,
      id: ids.telecomTicket,
      accountId: ids.account,
      productId: ids.telecomProduct,
      name: 'Secret outage',
      severity: 'critical',
      status: 'inProgress',
      expectedResolutionDate: new Date(Date.now() + 3_600_000),
    },
  });
  await tdb.telecomStatusChange.create({
    data: {
      tenantId,
      id: newId(),
      entityType: 'troubleTicket',
      entityId: ids.telecomTicket,
      toStatus: 'inProgress',
    },
  });
  await tdb.telecomUsage.create({
    data: {
      tenantId,
      id: newId(),
      accountId: ids.account,
      productId: ids.telecomProduct,
      usageDate: new Date(),
      usageType: 'data',
      amount: 3,
      units: 'GB',
      status: 'rated',
    },
  });
  await tdb.telecomRecommendation.create({
    data: {
      tenantId,
      id: ids.telecomRecommendation,
      accountId: ids.account,
      productId: ids.telecomProduct,
      currentOfferingId: ids.telecomOffering,
      recommendedOfferingId: ids.telecomOffering,
      currency: 'RUB',
      currentMonthlyAvg: 900,
      recommendedMonthlyAvg: 500,
      monthlySaving: 400,
      trigger: 'saving',
      months: [],
      validUntil: new Date(Date.now() + 14 * 86_400_000),
      remindAt: new Date(Date.now() + 7 * 86_400_000),
    },
  });
  await tdb.telecomAccountProfile.create({ data: { tenantId, accountId: ids.account, churnScore: 80 } });
}

/** The real-estate plugin switched on for tenant A, with one record of each of its tables. */
async function createRealestateRecords(
  tenantId: string,
  userId: string,
  ids: Record<
    'district' | 'property' | 'property2' | 'requirement' | 'showing' | 'duplicate' | 'contact' | 'deal',
    string
  >,
): Promise<void> {
  const rdb = realestateTables;
  await rdb.$executeRaw`INSERT INTO "TenantPlugin" ("tenantId", "pluginId") VALUES (${tenantId}::uuid, 'realestate')`;
  await rdb.realestateDistrict.create({
    data: { tenantId, id: ids.district, name: `Secret district ${tenantId}`, City: 'Москва' },
  });
  await rdb.realestateDistrictAlias.create({
    data: { tenantId, id: newId(), districtId: ids.district, alias: 'Secretovo', normalized: 'secretovo' },
  });
  for (const [ListingKey, ListingId] of [
    [ids.property, `SECRET-${tenantId}`],
    [ids.property2, `SECRET2-${tenantId}`],
  ] as const) {
    await rdb.realestateProperty.create({
      data: {
        tenantId,
        ListingKey,
        ListingId,
        StandardStatus: 'Active',
        UnparsedAddress: `Secret street 1, apt 1 ${tenantId}`,
        UnitNumber: '1',
        City: 'Москва',
        ListPrice: 10_000_000,
        LivingArea: 50,
        districtId: ids.district,
        MLSAreaMajor: 'Secretovo',
        addressKey: `1 secret ${tenantId}`,
        verificationStatus: 'Verified',
        nextVerificationDue: new Date(Date.now() + 86_400_000),
        sellerContactId: ids.contact,
        ListAgentKey: userId,
        createdById: userId,
      },
    });
    await rdb.realestatePropertyHistory.create({
      data: {
        tenantId,
        id: newId(),
        ListingKey,
        FieldName: 'StandardStatus',
        NewValue: 'Active',
        ChangeType: 'NewListing',
      },
    });
  }
  await rdb.realestateDuplicate.create({
    data: {
      tenantId,
      id: ids.duplicate,
      ListingKey: ids.property2,
      candidateKey: ids.property,
      score: 0.9,
      reasons: ['address'],
    },
  });
  await rdb.realestateRequirement.create({
    data: {
      tenantId,
      id: ids.requirement,
      name: `Secret buyer ${tenantId}`,
      contactId: ids.contact,
      agentId: userId,
      districtIds: [ids.district],
    },
  });
  await rdb.realestateMatch.create({
    data: { tenantId, requirementId: ids.requirement, ListingKey: ids.property, score: 1 },
  });
  await rdb.realestateShowing.create({
    data: {
      tenantId,
      id: ids.showing,
      ListingKey: ids.property,
      requirementId: ids.requirement,
      contactId: ids.contact,
      ShowingAgentKey: userId,
      ShowingAppointmentStatus: 'Confirmed',
      ShowingStartTimestamp: new Date(Date.now() - 7_200_000),
      ShowingEndTimestamp: new Date(Date.now() - 3_600_000),
    },
  });
  await rdb.realestateDeal.create({
    data: {
      tenantId,
      dealId: ids.deal,
      ListingKey: ids.property,
      requirementId: ids.requirement,
      contractPrice: 9_000_000,
      realPrice: 10_000_000,
    },
  });
}

/** The bank plugin switched on for tenant A, with one record of each of its tables. */
async function createBankRecords(
  tenantId: string,
  userId: string,
  ids: {
    contact: string;
    bankTier: string;
    bankPlan: string;
    bankProduct: string;
    bankHousehold: string;
    bankReferral: string;
    bankOffer: string;
    bankCampaign: string;
    bankRule: string;
    bankHandover: string;
  },
): Promise<void> {
  const bdb = bankTables;
  await bdb.$executeRaw`INSERT INTO "TenantPlugin" ("tenantId", "pluginId", "config") VALUES (${tenantId}::uuid, 'bank', '{"seedDemoData": false}'::jsonb)`;
  await bdb.bankTier.create({
    data: {
      tenantId,
      id: ids.bankTier,
      key: 'secret',
      name: 'Secret tier',
      customerCategory: 'private_banking',
      serviceLevel: 'dedicated',
      contactIntervalDays: 30,
      rank: 1,
    },
  });
  await bdb.bankRelationshipPlan.create({
    data: {
      tenantId,
      id: ids.bankPlan,
      clientType: 'individual',
      contactId: ids.contact,
      tierId: ids.bankTier,
      managerId: userId,
      segment: 'Secret segment',
    },
  });
  await bdb.bankProduct.create({
    data: {
      tenantId,
      id: ids.bankProduct,
      planId: ids.bankPlan,
      productType: 'deposit',
      number: `SECRET-${tenantId}`,
      openedAt: new Date('2026-01-01'),
      currency: 'RUB',
      balance: '1000000.00',
    },
  });
  await bdb.bankHousehold.create({ data: { tenantId, id: ids.bankHousehold, name: 'Secret household' } });
  await bdb.bankHouseholdMember.create({
    data: { tenantId, householdId: ids.bankHousehold, contactId: ids.contact, role: 'head' },
  });
  await bdb.bankReferral.create({
    data: {
      tenantId,
      id: ids.bankReferral,
      planId: ids.bankPlan,
      productType: 'mortgage',
      referrerUserId: userId,
    },
  });
  await bdb.bankStatusChange.create({
    data: {
      tenantId,
      id: newId(),
      recordType: 'referral',
      recordId: ids.bankReferral,
      toStatus: 'submitted',
    },
  });
  await bdb.bankCampaign.create({
    data: { tenantId, id: ids.bankCampaign, name: `Secret campaign ${tenantId}`, productType: 'savings' },
  });
  await bdb.bankCampaignMember.create({
    data: { tenantId, campaignId: ids.bankCampaign, planId: ids.bankPlan, arm: 'target' },
  });
  await bdb.bankOffer.create({
    data: {
      tenantId,
      id: ids.bankOffer,
      planId: ids.bankPlan,
      productType: 'savings',
      source: 'manual',
      validUntil: new Date(Date.now() + 30 * 86_400_000),
    },
  });
  await bdb.bankDistributionRule.create({
    data: { tenantId, id: ids.bankRule, name: `Secret rule ${tenantId}`, managerIds: [userId] },
  });
  await bdb.bankProfitabilitySnapshot.create({
    data: {
      tenantId,
      id: newId(),
      planId: ids.bankPlan,
      period: new Date('2026-10-01'),
      currency: 'RUB',
      revenue: '5000.00',
      costToServe: '1000.00',
      margin: '4000.00',
      valueTier: 'C',
    },
  });
  // A closed handover: A's exports stay free while the suite runs.
  await bdb.bankHandover.create({
    data: { tenantId, id: ids.bankHandover, departingUserId: userId, status: 'closed', closedAt: new Date() },
  });
  await bdb.bankHandoverClient.create({
    data: { tenantId, handoverId: ids.bankHandover, planId: ids.bankPlan },
  });
}

/** A fingerprint of everything a tenant owns, read with the system role: must not change under attack. */
export async function tenantFingerprint(h: TestApp, tenantId: string): Promise<string> {
  const tables = [
    'Account',
    'Contact',
    'AccountContact',
    'Deal',
    'DealContact',
    'Activity',
    'Pipeline',
    'Stage',
    'Tag',
    'RecordTag',
    'CustomFieldDefinition',
    'Membership',
    'Role',
    'Team',
    'TeamMember',
    'ApiKey',
    'Invitation',
    'Import',
    'OwnershipChange',
    'TenantPlugin',
    'SavedView',
    'LogisticsVehicle',
    'LogisticsVehicleStatusChange',
    'LogisticsContract',
    'LogisticsAccountProfile',
    'TelecomProductOffering',
    'TelecomProductOfferingPrice',
    'TelecomBundledOffering',
    'TelecomProduct',
    'TelecomProductOrder',
    'TelecomProductOrderItem',
    'TelecomTroubleTicket',
    'TelecomStatusChange',
    'TelecomUsage',
    'TelecomRecommendation',
    'TelecomAccountProfile',
    'LogisticsRoute',
    'LogisticsRouteStop',
    'LogisticsShipment',
    'LogisticsShipmentStop',
    'LogisticsShipmentEvent',
    'LogisticsDocumentTemplate',
    'LogisticsSalesPlan',
    'RealestateDistrict',
    'RealestateDistrictAlias',
    'RealestateProperty',
    'RealestatePropertyHistory',
    'RealestateDuplicate',
    'RealestateRequirement',
    'RealestateMatch',
    'RealestateShowing',
    'RealestateDeal',
    'BankTier',
    'BankRelationshipPlan',
    'BankProduct',
    'BankHousehold',
    'BankHouseholdMember',
    'BankReferral',
    'BankStatusChange',
    'BankCampaign',
    'BankCampaignMember',
    'BankOffer',
    'BankDistributionRule',
    'BankProfitabilitySnapshot',
    'BankHandover',
    'BankExportFreeze',
    'BankHandoverClient',
    'Workflow',
    'WorkflowVersion',
    'WorkflowRun',
    'WorkflowRunStep',
    'WorkflowApproval',
    'Notification',
  ];
  const parts: string[] = [];
  for (const table of tables) {
    const rows = await h.t.db.withSystemRoleAcrossTenants((db) =>
      db.$queryRawUnsafe<{ digest: string | null }[]>(
        `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${table}" t WHERE "tenantId" = $1::uuid`,
        tenantId,
      ),
    );
    parts.push(`${table}:${rows[0]?.digest ?? 'empty'}`);
  }
  return parts.join('\n');
}
