import { PrismaPg } from '@prisma/adapter-pg';
import { describePluginSchema } from '@crm/core/testing';
import realestate from '../src/index.js';
import { PrismaClient } from '../src/generated/prisma/client.js';

describePluginSchema('the real-estate schema', {
  plugin: realestate,
  pluginClient: () =>
    new PrismaClient({ adapter: new PrismaPg({ connectionString: 'postgres://unused@127.0.0.1/unused' }) }),
  tables: [
    'RealestateDistrict',
    'RealestateDistrictAlias',
    'RealestateProperty',
    'RealestatePropertyHistory',
    'RealestateDuplicate',
    'RealestateRequirement',
    'RealestateMatch',
    'RealestateShowing',
    'RealestateDeal',
  ],
  coreReferences: [
    {
      table: 'RealestateProperty',
      columns: ['tenantId', 'sellerContactId'],
      refTable: 'Contact',
      reason: 'the seller is a core contact',
    },
    {
      table: 'RealestateRequirement',
      columns: ['tenantId', 'contactId'],
      refTable: 'Contact',
      reason: 'the buyer is a core contact',
    },
    {
      table: 'RealestateShowing',
      columns: ['tenantId', 'contactId'],
      refTable: 'Contact',
      reason: 'the buyer shown the object is a core contact',
    },
    {
      table: 'RealestateDeal',
      columns: ['tenantId', 'dealId'],
      refTable: 'Deal',
      reason: 'the plugin-owned link to a core deal',
    },
  ],
  selfCheck: {
    breakWith: `
        ALTER TABLE "RealestateProperty" ADD COLUMN "Colour" text;
        ALTER TABLE "RealestateShowing" NO FORCE ROW LEVEL SECURITY;`,
    problems: [
      'RealestateProperty: column "Colour" (text) is in the database but has no Prisma field',
      'RealestateShowing: row-level security is not forced (the owner would bypass it)',
    ],
  },
});
