import { PrismaPg } from '@prisma/adapter-pg';
import { createPluginRegistry } from '@crm/core';
import { createTestDatabase, schemaCheck, type TestDatabase } from '@crm/core/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import bank from '../src/index.js';
import { PrismaClient } from '../src/generated/prisma/client.js';

const tables = [
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
];

const coreReferences: schemaCheck.CoreReference[] = [
  ...tables.map((table) => ({
    table,
    columns: ['tenantId'],
    refTable: 'Tenant',
    reason: 'rows go with their tenant',
  })),
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
];

const unusedClient = () =>
  new PrismaClient({ adapter: new PrismaPg({ connectionString: 'postgres://unused@127.0.0.1/unused' }) });

let t: TestDatabase;
let client: pg.Client;

beforeAll(async () => {
  // Exactly what the app applies: the core's migrations, then the plugin's.
  t = await createTestDatabase([...createPluginRegistry([bank]).migrations]);
  client = new pg.Client({ connectionString: t.url });
  await client.connect();
});
afterAll(async () => {
  await client.end();
  await t.drop();
});

describe('the bank schema', () => {
  it('matches prisma/schema.prisma exactly and follows the tenancy rules', async () => {
    expect(
      await schemaCheck.pluginSchemaProblems(client, { pluginClient: unusedClient(), coreReferences }),
    ).toEqual([]);
  });

  it('the check fails on drift and on a table without forced RLS (self-check)', async () => {
    await client.query('BEGIN');
    try {
      await client.query(`
        ALTER TABLE "BankOffer" ADD COLUMN "channel" text;
        ALTER TABLE "BankReferral" NO FORCE ROW LEVEL SECURITY;`);
      const problems = await schemaCheck.pluginSchemaProblems(client, {
        pluginClient: unusedClient(),
        coreReferences,
      });
      expect(problems.sort()).toEqual(
        [
          'BankOffer: column "channel" (text) is in the database but has no Prisma field',
          'BankReferral: row-level security is not forced (the owner would bypass it)',
        ].sort(),
      );
    } finally {
      await client.query('ROLLBACK');
    }
  });
});
