import { PrismaPg } from '@prisma/adapter-pg';
import { createPluginRegistry } from '@crm/core';
import { createTestDatabase, schemaCheck, type TestDatabase } from '@crm/core/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import telecom from '../src/index.js';
import { PrismaClient } from '../src/generated/prisma/client.js';

const tables = [
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
];
const toAccount = (table: string, reason: string): schemaCheck.CoreReference => ({
  table,
  columns: ['tenantId', 'accountId'],
  refTable: 'Account',
  reason,
});
const coreReferences: schemaCheck.CoreReference[] = [
  ...tables.map((table) => ({
    table,
    columns: ['tenantId'],
    refTable: 'Tenant',
    reason: 'rows go with their tenant',
  })),
  toAccount('TelecomProduct', 'a subscription belongs to a client (core account)'),
  toAccount('TelecomProductOrder', 'the ordering client is a core account'),
  toAccount('TelecomTroubleTicket', 'the client who raised the ticket is a core account'),
  toAccount('TelecomUsage', 'usage is the client’s (core account)'),
  toAccount('TelecomRecommendation', 'the recommendation is for a client (core account)'),
  toAccount('TelecomAccountProfile', 'the plugin-owned link to a core account'),
];
const sqlOnlyIndexes: schemaCheck.SqlOnlyIndex[] = [
  {
    table: 'TelecomRecommendation',
    name: 'TelecomRecommendation_open_key',
    reason: 'a partial unique index (one issued recommendation per subscription); Prisma cannot declare it',
  },
];

const unusedClient = () =>
  new PrismaClient({ adapter: new PrismaPg({ connectionString: 'postgres://unused@127.0.0.1/unused' }) });

let t: TestDatabase;
let client: pg.Client;

beforeAll(async () => {
  // Exactly what the app applies: the core's migrations, then the plugin's.
  t = await createTestDatabase([...createPluginRegistry([telecom]).migrations]);
  client = new pg.Client({ connectionString: t.url });
  await client.connect();
});
afterAll(async () => {
  await client.end();
  await t.drop();
});

describe('the telecom schema', () => {
  it('matches prisma/schema.prisma exactly and follows the tenancy rules', async () => {
    expect(
      await schemaCheck.pluginSchemaProblems(client, {
        pluginClient: unusedClient(),
        coreReferences,
        sqlOnlyIndexes,
      }),
    ).toEqual([]);
  });

  it('the check fails on drift and on a table without forced RLS (self-check)', async () => {
    await client.query('BEGIN');
    try {
      await client.query(`
        ALTER TABLE "TelecomTroubleTicket" ADD COLUMN "colour" text;
        ALTER TABLE "TelecomUsage" NO FORCE ROW LEVEL SECURITY;`);
      const problems = await schemaCheck.pluginSchemaProblems(client, {
        pluginClient: unusedClient(),
        coreReferences,
        sqlOnlyIndexes: [],
      });
      expect(problems.sort()).toEqual(
        [
          "TelecomRecommendation: index TelecomRecommendation_open_key UNIQUE btree (tenantId, productId) WHERE (status = 'issued'::text) is in the database but not in Prisma (declare it, or allow-list it with a reason)",
          'TelecomTroubleTicket: column "colour" (text) is in the database but has no Prisma field',
          'TelecomUsage: row-level security is not forced (the owner would bypass it)',
        ].sort(),
      );
    } finally {
      await client.query('ROLLBACK');
    }
  });
});
