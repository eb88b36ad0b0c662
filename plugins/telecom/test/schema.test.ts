import { PrismaPg } from '@prisma/adapter-pg';
import type { schemaCheck } from '@crm/core/testing';
import { describePluginSchema } from '@crm/core/testing';
import telecom from '../src/index.js';
import { PrismaClient } from '../src/generated/prisma/client.js';

const toAccount = (table: string, reason: string): schemaCheck.CoreReference => ({
  table,
  columns: ['tenantId', 'accountId'],
  refTable: 'Account',
  reason,
});

const sqlOnlyIndexes: schemaCheck.SqlOnlyIndex[] = [
  {
    table: 'TelecomRecommendation',
    name: 'TelecomRecommendation_open_key',
    reason: 'a partial unique index (one issued recommendation per subscription); Prisma cannot declare it',
  },
];

describePluginSchema('the telecom schema', {
  plugin: telecom,
  pluginClient: () =>
    new PrismaClient({ adapter: new PrismaPg({ connectionString: 'postgres://unused@127.0.0.1/unused' }) }),
  tables: [
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
  ],
  coreReferences: [
    toAccount('TelecomProduct', 'a subscription belongs to a client (core account)'),
    toAccount('TelecomProductOrder', 'the ordering client is a core account'),
    toAccount('TelecomTroubleTicket', 'the client who raised the ticket is a core account'),
    toAccount('TelecomUsage', 'usage is the client’s (core account)'),
    toAccount('TelecomRecommendation', 'the recommendation is for a client (core account)'),
    toAccount('TelecomAccountProfile', 'the plugin-owned link to a core account'),
  ],
  sqlOnlyIndexes,
  selfCheck: {
    breakWith: `
        ALTER TABLE "TelecomTroubleTicket" ADD COLUMN "colour" text;
        ALTER TABLE "TelecomUsage" NO FORCE ROW LEVEL SECURITY;`,
    sqlOnlyIndexes: [],
    problems: [
      "TelecomRecommendation: index TelecomRecommendation_open_key UNIQUE btree (tenantId, productId) WHERE (status = 'issued'::text) is in the database but not in Prisma (declare it, or allow-list it with a reason)",
      'TelecomTroubleTicket: column "colour" (text) is in the database but has no Prisma field',
      'TelecomUsage: row-level security is not forced (the owner would bypass it)',
    ],
  },
});
