import { PrismaPg } from '@prisma/adapter-pg';
import { createPluginRegistry } from '@crm/core';
import { createTestDatabase, schemaCheck, type TestDatabase } from '@crm/core/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import logistics from '../src/index.js';
import { PrismaClient } from '../src/generated/prisma/client.js';

const coreReferences: schemaCheck.CoreReference[] = [
  ...[
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
  ].map((table) => ({
    table,
    columns: ['tenantId'],
    refTable: 'Tenant',
    reason: 'rows go with their tenant',
  })),
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
];

const unusedClient = () =>
  new PrismaClient({ adapter: new PrismaPg({ connectionString: 'postgres://unused@127.0.0.1/unused' }) });

let t: TestDatabase;
let client: pg.Client;

beforeAll(async () => {
  // Exactly what the app applies: the core's migrations, then the plugin's.
  t = await createTestDatabase([...createPluginRegistry([logistics]).migrations]);
  client = new pg.Client({ connectionString: t.url });
  await client.connect();
});
afterAll(async () => {
  await client.end();
  await t.drop();
});

describe('the logistics schema', () => {
  it('matches prisma/schema.prisma exactly and follows the tenancy rules', async () => {
    expect(
      await schemaCheck.pluginSchemaProblems(client, { pluginClient: unusedClient(), coreReferences }),
    ).toEqual([]);
  });

  it('the check fails on drift and on a table without forced RLS (self-check)', async () => {
    await client.query('BEGIN');
    try {
      await client.query(`
        ALTER TABLE "LogisticsVehicle" ADD COLUMN "colour" text;
        ALTER TABLE "LogisticsContract" NO FORCE ROW LEVEL SECURITY;
        CREATE TABLE "LogisticsStray" ("tenantId" uuid NOT NULL, "id" uuid NOT NULL, PRIMARY KEY ("id", "tenantId"));`);
      const problems = await schemaCheck.pluginSchemaProblems(client, {
        pluginClient: unusedClient(),
        coreReferences: coreReferences.slice(1),
      });
      expect(problems.sort()).toEqual(
        [
          'LogisticsAccountProfile: foreign key (tenantId) → core table Tenant is not listed in coreReferences',
          'LogisticsContract: row-level security is not forced (the owner would bypass it)',
          'LogisticsStray: no policy FOR ALL (to PUBLIC or crm_app) with USING and WITH CHECK "tenantId" = crm_current_tenant()',
          'LogisticsStray: primary key (id, tenantId) does not start with "tenantId"',
          'LogisticsStray: row-level security is not enabled',
          'LogisticsStray: row-level security is not forced (the owner would bypass it)',
          'LogisticsStray: table is in the database but has no Prisma model',
          'LogisticsVehicle: column "colour" (text) is in the database but has no Prisma field',
        ].sort(),
      );
    } finally {
      await client.query('ROLLBACK');
    }
  });
});
