import { PrismaPg } from '@prisma/adapter-pg';
import { createPluginRegistry } from '@crm/core';
import { createTestDatabase, schemaCheck, type TestDatabase } from '@crm/core/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import realestate from '../src/index.js';
import { PrismaClient } from '../src/generated/prisma/client.js';

const tables = [
  'RealestateDistrict',
  'RealestateDistrictAlias',
  'RealestateProperty',
  'RealestatePropertyHistory',
  'RealestateDuplicate',
  'RealestateRequirement',
  'RealestateMatch',
  'RealestateShowing',
  'RealestateDeal',
];

const coreReferences: schemaCheck.CoreReference[] = [
  ...tables.map((table) => ({
    table,
    columns: ['tenantId'],
    refTable: 'Tenant',
    reason: 'rows go with their tenant',
  })),
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
];

const unusedClient = () =>
  new PrismaClient({ adapter: new PrismaPg({ connectionString: 'postgres://unused@127.0.0.1/unused' }) });

let t: TestDatabase;
let client: pg.Client;

beforeAll(async () => {
  // Exactly what the app applies: the core's migrations, then the plugin's.
  t = await createTestDatabase([...createPluginRegistry([realestate]).migrations]);
  client = new pg.Client({ connectionString: t.url });
  await client.connect();
});
afterAll(async () => {
  await client.end();
  await t.drop();
});

describe('the real-estate schema', () => {
  it('matches prisma/schema.prisma exactly and follows the tenancy rules', async () => {
    expect(
      await schemaCheck.pluginSchemaProblems(client, { pluginClient: unusedClient(), coreReferences }),
    ).toEqual([]);
  });

  it('the check fails on drift and on a table without forced RLS (self-check)', async () => {
    await client.query('BEGIN');
    try {
      await client.query(`
        ALTER TABLE "RealestateProperty" ADD COLUMN "Colour" text;
        ALTER TABLE "RealestateShowing" NO FORCE ROW LEVEL SECURITY;`);
      const problems = await schemaCheck.pluginSchemaProblems(client, {
        pluginClient: unusedClient(),
        coreReferences,
      });
      expect(problems.sort()).toEqual(
        [
          'RealestateProperty: column "Colour" (text) is in the database but has no Prisma field',
          'RealestateShowing: row-level security is not forced (the owner would bypass it)',
        ].sort(),
      );
    } finally {
      await client.query('ROLLBACK');
    }
  });
});
