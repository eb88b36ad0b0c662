import { PrismaPg } from '@prisma/adapter-pg';
import { createPluginRegistry } from '@crm/core';
import { createTestDatabase, schemaCheck, type TestDatabase } from '@crm/core/testing';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import __plugin__ from '../src/index.js';
import { PrismaClient } from '../src/generated/prisma/client.js';

// Foreign keys into core tables, which the plugin's Prisma schema cannot declare.
const coreReferences: schemaCheck.CoreReference[] = [
  { table: '__Plugin__Item', columns: ['tenantId'], refTable: 'Tenant', reason: 'rows go with their tenant' },
];

let t: TestDatabase;
let client: pg.Client;

beforeAll(async () => {
  t = await createTestDatabase([...createPluginRegistry([__plugin__]).migrations]);
  client = new pg.Client({ connectionString: t.url });
  await client.connect();
});
afterAll(async () => {
  await client.end();
  await t.drop();
});

it('matches prisma/schema.prisma exactly and follows the tenancy rules', async () => {
  const pluginClient = new PrismaClient({
    adapter: new PrismaPg({ connectionString: 'postgres://unused@127.0.0.1/unused' }),
  });
  expect(await schemaCheck.pluginSchemaProblems(client, { pluginClient, coreReferences })).toEqual([]);
});
