import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import type { DMMF } from '@prisma/client/runtime/client';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../src/generated/prisma/client.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../src/testing/test-database.js';
import { readDatabaseSchema } from '../src/testing/schema/catalog.js';
import { expectedSchema, loadPrismaModel, unsupportedFields } from '../src/testing/schema/prisma-model.js';
import { getDatamodel } from '../src/testing/schema/prisma-schema-engine.js';
import { diffSchemas, type SqlOnlyIndex } from '../src/testing/schema/schema-diff.js';
import type { SchemaShape } from '../src/testing/schema/schema-shape.js';

/**
 * Indexes that exist only in the SQL migrations, each with its reason; any other index in the
 * database must be declared in schema.prisma. Prisma cannot express partial indexes or indexes on
 * Unsupported fields; the other GIN indexes serve raw SQL only. (Prisma 7 could declare those with
 * `@@index([...(ops: ...)], type: Gin)`: the comparison understands that, so one can move there.)
 */
const sqlOnlyIndexes: SqlOnlyIndex[] = [
  ...['Account', 'Contact', 'Deal'].flatMap((table) => [
    {
      table,
      name: `${table}_search_idx`,
      reason:
        'GIN over the generated tsvector column, an Unsupported field in Prisma; used by raw full-text search',
    },
    {
      table,
      name: `${table}_customFields_idx`,
      reason: 'GIN jsonb_path_ops over custom fields, for @> containment filters from raw SQL',
    },
  ]),
  {
    table: 'Account',
    name: 'Account_name_trgm_idx',
    reason: 'GIN gin_trgm_ops for fuzzy (ILIKE / similarity) name search',
  },
  {
    table: 'Contact',
    name: 'Contact_fullName_trgm_idx',
    reason: 'GIN gin_trgm_ops over the generated full name, for fuzzy search',
  },
  { table: 'Deal', name: 'Deal_title_trgm_idx', reason: 'GIN gin_trgm_ops for fuzzy title search' },
  {
    table: 'SearchWord',
    name: 'SearchWord_word_trgm_idx',
    reason: 'GIN gin_trgm_ops over the search vocabulary: typo and prefix lookups',
  },
  {
    table: 'Contact',
    name: 'Contact_emails_trgm_idx',
    reason: 'GIN gin_trgm_ops over an expression (the e-mails as text): substring list search',
  },
  {
    table: 'Contact',
    name: 'Contact_phoneDigits_trgm_idx',
    reason: 'GIN gin_trgm_ops over an expression (the phone digits): phone-fragment list search',
  },
  {
    table: 'Contact',
    name: 'Contact_emails_idx',
    reason: 'GIN over the text[] of e-mails, for duplicate lookups with @>',
  },
  {
    table: 'Contact',
    name: 'Contact_phones_idx',
    reason: 'GIN over the text[] of phones, for duplicate lookups with @>',
  },
  {
    table: 'Activity',
    name: 'Activity_owner_due_idx',
    reason: 'partial index (WHERE done = false): open tasks per owner by due date',
  },
  {
    table: 'Activity',
    name: 'Activity_task_due_idx',
    reason: 'partial index (open, live tasks): the task-reminder sweep finds due tasks across tenants',
  },
  {
    table: 'Pipeline',
    name: 'Pipeline_one_default_idx',
    reason: 'partial unique index (WHERE isDefault AND not deleted): one default pipeline per tenant',
  },
  {
    table: 'Outbox',
    name: 'Outbox_pending_idx',
    reason: 'partial index (WHERE "dispatchedAt" IS NULL): the relay scans only pending rows',
  },
  {
    table: 'WorkflowVersion',
    name: 'WorkflowVersion_published_idx',
    reason: 'partial index (WHERE status = published): the trigger router finds live versions by trigger',
  },
  {
    table: 'WorkflowVersion',
    name: 'WorkflowVersion_one_published_idx',
    reason: 'partial unique index (WHERE status = published): at most one published version per workflow',
  },
  {
    table: 'WorkflowVersion',
    name: 'WorkflowVersion_one_draft_idx',
    reason: 'partial unique index (WHERE status = draft): at most one draft per workflow',
  },
  {
    table: 'WorkflowApproval',
    name: 'WorkflowApproval_pending_idx',
    reason: 'partial index (WHERE status = pending): open approvals per role',
  },
];

let t: TestDatabase;
let client: pg.Client;
let datamodel: DMMF.Datamodel;
let inlineSchema: string;
let runtimeProblems: string[];
let expected: SchemaShape;

beforeAll(async () => {
  t = await createTestDatabase();
  client = new pg.Client({ connectionString: t.url });
  await client.connect();
  const unused = new PrismaClient({
    adapter: new PrismaPg({ connectionString: 'postgres://unused@127.0.0.1/unused' }),
  });
  ({ datamodel, schema: inlineSchema, runtimeProblems } = loadPrismaModel(unused));
  expected = expectedSchema(datamodel, unsupportedFields(inlineSchema));
});
afterAll(async () => {
  await client.end();
  await t.drop();
});

const report = (differences: string[]) =>
  `${differences.length} difference(s) between schema.prisma and the migrated database:\n  ${differences.join('\n  ')}\n`;

describe('The Prisma schema and the migrated database must never drift', () => {
  it('reads the data model of the generated client, which is up to date with schema.prisma', () => {
    expect(
      runtimeProblems,
      'DMMF parsed from the client inline schema vs the client runtime data model',
    ).toEqual([]);
    const onDisk = getDatamodel(readFileSync(new URL('../prisma/schema.prisma', import.meta.url), 'utf8'));
    expect(
      isDeepStrictEqual(onDisk, datamodel),
      'prisma/schema.prisma differs from the schema the client was generated from: run `pnpm --filter @crm/core generate`',
    ).toBe(true);
    expect(datamodel.models.length).toBeGreaterThan(0);
  });

  it('matches every table, column, key, relation and index of the migrated database', async () => {
    const differences = diffSchemas(expected, await readDatabaseSchema(client), sqlOnlyIndexes);
    expect(differences, report(differences)).toEqual([]);
  });

  it('allow-lists only indexes Prisma cannot express (GIN / operator classes / partial)', async () => {
    const actual = await readDatabaseSchema(client);
    const plain = sqlOnlyIndexes.filter((entry) => {
      const index = actual.tables
        .find((tb) => tb.name === entry.table)
        ?.indexes.find((i) => i.name === entry.name);
      return (
        index &&
        index.method === 'btree' &&
        index.predicate === null &&
        index.columns.every((c) => !c.opclass)
      );
    });
    expect(
      plain.map((p) => p.name),
      'plain b-tree indexes belong in schema.prisma as @@index',
    ).toEqual([]);
    expect(sqlOnlyIndexes.every((entry) => entry.reason.length > 10)).toBe(true);
  });
});

/** The lines of `differences` a self-check introduced: real drift, if any, is left to the test above. */
async function introduced(differences: string[]): Promise<string[]> {
  const baseline = diffSchemas(expected, await readDatabaseSchema(client), sqlOnlyIndexes);
  return differences.filter((line) => !baseline.includes(line)).sort();
}

describe('the drift check can fail (self-checks)', () => {
  it('reports changes made to the Prisma side', async () => {
    const mutated = structuredClone(expected);
    const table = (name: string) => {
      const found = mutated.tables.find((tb) => tb.name === name);
      if (!found) throw new Error(`no table ${name}`);
      return found;
    };
    const contact = table('Contact');
    contact.columns = contact.columns.filter((c) => c.name !== 'middleName');
    const deal = table('Deal');
    const title = deal.columns.find((c) => c.name === 'title');
    if (title) title.nullable = true;
    const index = deal.indexes.find((i) => i.name === 'Deal_tenantId_updatedAt_idx')?.columns[2];
    if (index) index.desc = false;
    const stage = deal.foreignKeys.find((fk) => fk.columns.join() === 'tenantId,stageId');
    if (stage) stage.onDelete = 'Cascade';
    mutated.tables = mutated.tables.filter((tb) => tb.name !== 'Tag');

    const differences = diffSchemas(mutated, await readDatabaseSchema(client), sqlOnlyIndexes);
    expect(await introduced(differences)).toEqual(
      [
        'Contact: column "middleName" (text) is in the database but has no Prisma field',
        'Deal: column "title": nullable is false in the database, true in Prisma',
        'Deal: index Deal_tenantId_updatedAt_idx is btree (tenantId, updatedAt DESC, id DESC) in the database, btree (tenantId, updatedAt DESC, id) in Prisma',
        'Deal: foreign key of relation Deal.stage (tenantId, stageId): onDelete is NoAction in the database, Cascade in Prisma',
        'Tag: table is in the database but has no Prisma model',
      ].sort(),
    );
  });

  it('reports changes made to the database', async () => {
    let differences: string[];
    await client.query('BEGIN');
    try {
      await client.query(`
        ALTER TABLE "Tag" ADD COLUMN "extra" text;
        ALTER TABLE "Tag" ALTER COLUMN "color" SET NOT NULL;
        ALTER TABLE "Stage" ALTER COLUMN "position" SET DEFAULT 0;
        ALTER TABLE "Pipeline" ALTER COLUMN "name" TYPE varchar(200);
        CREATE INDEX "Tag_color_idx" ON "Tag" ("color");
        CREATE INDEX "Deal_partial_idx" ON "Deal" ("tenantId") WHERE "deletedAt" IS NULL;
        DROP INDEX "Stage_pipeline_idx";
        ALTER TABLE "AuditLog" ALTER COLUMN "actorUserId" SET NOT NULL;
        CREATE TABLE "Stray" ("id" uuid PRIMARY KEY);
        ALTER TABLE "TeamMember" DROP CONSTRAINT "TeamMember_tenantId_teamId_fkey";
        ALTER TABLE "Session" DROP CONSTRAINT "Session_userId_fkey",
          ADD FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL;
        ALTER TABLE "RecordTag" DROP CONSTRAINT "RecordTag_pkey", ADD PRIMARY KEY ("tenantId", "recordType", "recordId", "tagId");
        ALTER INDEX "Deal_tenantId_stageId_idx" RENAME TO "Deal_stage_idx";
        CREATE INDEX "Tag_color_trgm_idx" ON "Tag" USING gin ("color" gin_trgm_ops);
        ALTER TABLE "Pipeline" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "name")) STORED;
        CREATE TABLE "migrations_plugin" ("version" bigint PRIMARY KEY);`);
      differences = diffSchemas(expected, await readDatabaseSchema(client), sqlOnlyIndexes);
    } finally {
      await client.query('ROLLBACK');
    }
    expect(await introduced(differences)).toEqual(
      [
        'AuditLog: column "actorUserId": nullable is false in the database, true in Prisma',
        'Deal: index btree (tenantId, stageId) is named Deal_stage_idx in the database, Deal_tenantId_stageId_idx in Prisma (use map: "Deal_stage_idx")',
        'Pipeline: generated column "search" (tsvector) is in the database but has no Prisma field',
        'Tag: index Tag_color_trgm_idx gin (color gin_trgm_ops) is in the database but not in Prisma (declare it, or allow-list it with a reason)',
        'Deal: index Deal_partial_idx btree (tenantId) WHERE ("deletedAt" IS NULL) is in the database but not in Prisma (declare it, or allow-list it with a reason)',
        'Pipeline: column "name": type is character varying(200) in the database, text in Prisma',
        'RecordTag: primary key is (tenantId, recordType, recordId, tagId) in the database, (tenantId, tagId, recordType, recordId) in Prisma',
        'Session: foreign key of relation Session.user (userId): onDelete is SetNull in the database, Cascade in Prisma',
        'Stage: column "position": default is 0 in the database, none in Prisma',
        'Stage: index Stage_pipeline_idx btree (tenantId, pipelineId, position) is in Prisma but not in the database',
        'Stray: table is in the database but has no Prisma model',
        'Tag: column "color": nullable is false in the database, true in Prisma',
        'Tag: column "extra" (text) is in the database but has no Prisma field',
        'Tag: index Tag_color_idx btree (color) is in the database but not in Prisma (declare it, or allow-list it with a reason)',
        'TeamMember: foreign key of relation TeamMember.team (tenantId, teamId) → Team(tenantId, id) is in Prisma but not in the database',
      ].sort(),
    );
  });
});
