import { PrismaPg } from '@prisma/adapter-pg';
import { describePluginSchema } from '@crm/core/testing';
import bank from '../src/index.js';
import { PrismaClient } from '../src/generated/prisma/client.js';

describePluginSchema('the bank schema', {
  plugin: bank,
  pluginClient: () =>
    new PrismaClient({ adapter: new PrismaPg({ connectionString: 'postgres://unused@127.0.0.1/unused' }) }),
  tables: [
    'BankTier',
    'BankRelationshipPlan',
    'BankProduct',
    'BankHousehold',
    'BankHouseholdMember',
    'BankReferral',
    'BankCampaign',
    'BankOffer',
    'BankStatusChange',
    'BankCampaignMember',
    'BankDistributionRule',
    'BankProfitabilitySnapshot',
    'BankHandover',
    'BankExportFreeze',
    'BankHandoverClient',
  ],
  coreReferences: [
    {
      table: 'BankRelationshipPlan',
      columns: ['tenantId', 'contactId'],
      refTable: 'Contact',
      reason: 'an individual client is a core contact',
    },
    {
      table: 'BankRelationshipPlan',
      columns: ['tenantId', 'accountId'],
      refTable: 'Account',
      reason: 'an organisation client is a core account',
    },
    {
      table: 'BankHouseholdMember',
      columns: ['tenantId', 'contactId'],
      refTable: 'Contact',
      reason: 'household members are core contacts',
    },
  ],
  selfCheck: {
    breakWith: `
        ALTER TABLE "BankOffer" ADD COLUMN "channel" text;
        ALTER TABLE "BankReferral" NO FORCE ROW LEVEL SECURITY;`,
    problems: [
      'BankOffer: column "channel" (text) is in the database but has no Prisma field',
      'BankReferral: row-level security is not forced (the owner would bypass it)',
    ],
  },
});
