import { PrismaPg } from '@prisma/adapter-pg';
import { describePluginSchema } from '@crm/core/testing';
import logistics from '../src/index.js';
import { PrismaClient } from '../src/generated/prisma/client.js';

describePluginSchema('the logistics schema', {
  plugin: logistics,
  pluginClient: () =>
    new PrismaClient({ adapter: new PrismaPg({ connectionString: 'postgres://unused@127.0.0.1/unused' }) }),
  tables: [
    'LogisticsAccountProfile',
    'LogisticsVehicle',
    'LogisticsVehicleStatusChange',
    'LogisticsContract',
    'LogisticsRoute',
    'LogisticsRouteStop',
    'LogisticsShipment',
    'LogisticsShipmentStop',
    'LogisticsShipmentEvent',
    'LogisticsDocumentTemplate',
    'LogisticsSalesPlan',
  ],
  coreReferences: [
    {
      table: 'LogisticsAccountProfile',
      columns: ['tenantId', 'accountId'],
      refTable: 'Account',
      reason: 'the plugin-owned link to a core account',
    },
    {
      table: 'LogisticsContract',
      columns: ['tenantId', 'accountId'],
      refTable: 'Account',
      reason: 'the party of the contract is a core account',
    },
    {
      table: 'LogisticsShipment',
      columns: ['tenantId', 'accountId'],
      refTable: 'Account',
      reason: 'the client of the shipment is a core account',
    },
    {
      table: 'LogisticsSalesPlan',
      columns: ['tenantId', 'userId'],
      refTable: 'Membership',
      reason: 'a plan belongs to a member of the tenant',
    },
  ],
  selfCheck: {
    breakWith: `
        ALTER TABLE "LogisticsVehicle" ADD COLUMN "colour" text;
        ALTER TABLE "LogisticsContract" NO FORCE ROW LEVEL SECURITY;
        CREATE TABLE "LogisticsStray" ("tenantId" uuid NOT NULL, "id" uuid NOT NULL, PRIMARY KEY ("id", "tenantId"));`,
    // The tenant reference of the first table left out: reported as not listed.
    coreReferences: (listed) => listed.slice(1),
    problems: [
      'LogisticsAccountProfile: foreign key (tenantId) → core table Tenant is not listed in coreReferences',
      'LogisticsContract: row-level security is not forced (the owner would bypass it)',
      'LogisticsStray: no policy FOR ALL (to PUBLIC or crm_app) with USING and WITH CHECK "tenantId" = crm_current_tenant()',
      'LogisticsStray: primary key (id, tenantId) does not start with "tenantId"',
      'LogisticsStray: row-level security is not enabled',
      'LogisticsStray: row-level security is not forced (the owner would bypass it)',
      'LogisticsStray: table is in the database but has no Prisma model',
      'LogisticsVehicle: column "colour" (text) is in the database but has no Prisma field',
    ],
  },
});
