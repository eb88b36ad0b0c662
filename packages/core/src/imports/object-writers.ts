import { Prisma } from '../generated/prisma/client.js';
import type { TenantContext } from '../records/context.js';
import type { DedupeKey, ImportObjectType } from './import.schema.js';

/** Owner lists for SQL: NULL means every owner (see ownerScopeOf). */
export interface SqlScopes {
  read: string[] | null;
  update: string[] | null;
}

export interface RowRange {
  from: number;
  to: number;
}

/** How one record type is matched and written by an import. */
export interface ObjectWriter {
  /** `id`, `key`, `updatable` of the records the actor may read, for the keys deduplicated by. */
  existingKeys(ctx: TenantContext, by: readonly DedupeKey[], scopes: SqlScopes): Prisma.Sql;
  /** Inserts the rows of `source` (see `stagedCreates`, `batchSource`); returns how many. */
  insert(ctx: TenantContext, source: InsertSource): Promise<number>;
  /** Updates the records of the range's `update` rows; returns how many. */
  update(ctx: TenantContext, range: RowRange): Promise<number>;
}

/** The rows an insert reads: a relation `r` with each new record's "id" and its values as "data". */
export type InsertSource = Prisma.Sql;

/** The `create` rows of a range of the staging table. */
export const stagedCreates = (range: RowRange): InsertSource =>
  Prisma.sql`(SELECT "id", "data" FROM crm_import_rows
    WHERE "action" = 'create' AND "rowNo" BETWEEN ${range.from}::integer AND ${range.to}::integer) r`;

const owned = (column: Prisma.Sql, owners: string[] | null) =>
  Prisma.sql`(${owners}::uuid[] IS NULL OR ${column} = ANY (${owners}::uuid[]))`;

/** SQL for the key of a phone, as phoneKey() makes it in JS. */
const phoneKeySql = (
  phone: Prisma.Sql,
) => Prisma.sql`(SELECT CASE WHEN d ~ '^8[0-9]{10}$' THEN 'phone:7' || substr(d, 2)
  WHEN length(d) >= 5 THEN 'phone:' || d END FROM regexp_replace(${phone}, '[^0-9]', '', 'g') AS d)`;

const textArray = (json: Prisma.Sql) => Prisma.sql`ARRAY(SELECT jsonb_array_elements_text(${json}))`;
/** The union of two text arrays, first occurrence order kept. */
const mergedArray = (current: Prisma.Sql, json: Prisma.Sql) => Prisma.sql`ARRAY(
  SELECT u.v FROM unnest(${current} || ${textArray(json)}) WITH ORDINALITY AS u(v, n) GROUP BY u.v ORDER BY min(u.n))`;
const staged = (range: RowRange, action: string) =>
  Prisma.sql`r."action" = ${action} AND r."rowNo" BETWEEN ${range.from}::integer AND ${range.to}::integer`;

const contactWriter: ObjectWriter = {
  existingKeys(ctx, by, scopes) {
    const base = Prisma.sql`c."tenantId" = ${ctx.actor.tenantId}::uuid AND c."deletedAt" IS NULL AND ${owned(Prisma.sql`c."ownerId"`, scopes.read)}`;
    const updatable = owned(Prisma.sql`c."ownerId"`, scopes.update);
    return Prisma.sql`
      SELECT c."id", 'email:' || e AS "key", ${updatable} AS "updatable"
      FROM "Contact" c CROSS JOIN LATERAL unnest(c."emails") AS e WHERE ${by.includes('email')} AND ${base}
      UNION ALL
      SELECT c."id", ${phoneKeySql(Prisma.sql`p`)}, ${updatable}
      FROM "Contact" c CROSS JOIN LATERAL unnest(c."phones") AS p WHERE ${by.includes('phone')} AND ${base}`;
  },
  insert: (ctx, source) =>
    ctx.db.$executeRaw(Prisma.sql`
      INSERT INTO "Contact" ("tenantId", "id", "firstName", "lastName", "middleName", "emails", "phones", "position",
                             "ownerId", "customFields", "createdById")
      SELECT ${ctx.actor.tenantId}::uuid, r."id", r."data"->>'firstName', r."data"->>'lastName', r."data"->>'middleName',
             ${textArray(Prisma.sql`r."data"->'emails'`)}, ${textArray(Prisma.sql`r."data"->'phones'`)}, r."data"->>'position',
             ${ctx.actor.userId}::uuid, r."data"->'customFields', ${ctx.actor.userId}::uuid
      FROM ${source}`),
  update: (ctx, range) =>
    ctx.db.$executeRaw(Prisma.sql`
      UPDATE "Contact" c SET
        "firstName" = r."data"->>'firstName',
        "lastName" = coalesce(r."data"->>'lastName', c."lastName"),
        "middleName" = coalesce(r."data"->>'middleName', c."middleName"),
        "position" = coalesce(r."data"->>'position', c."position"),
        "emails" = ${mergedArray(Prisma.sql`c."emails"`, Prisma.sql`r."data"->'emails'`)},
        "phones" = ${mergedArray(Prisma.sql`c."phones"`, Prisma.sql`r."data"->'phones'`)},
        "customFields" = c."customFields" || r."data"->'customFields'
      FROM crm_import_rows r
      WHERE ${staged(range, 'update')} AND c."tenantId" = ${ctx.actor.tenantId}::uuid AND c."id" = r."targetId"`),
};

const accountColumns = ['taxId', 'industry', 'region', 'address', 'website', 'phone'] as const;

const accountWriter: ObjectWriter = {
  existingKeys(ctx, by, scopes) {
    const base = Prisma.sql`a."tenantId" = ${ctx.actor.tenantId}::uuid AND a."deletedAt" IS NULL AND ${owned(Prisma.sql`a."ownerId"`, scopes.read)}`;
    const updatable = owned(Prisma.sql`a."ownerId"`, scopes.update);
    return Prisma.sql`
      SELECT a."id", 'taxId:' || a."taxId" AS "key", ${updatable} AS "updatable"
      FROM "Account" a WHERE ${by.includes('taxId')} AND a."taxId" IS NOT NULL AND ${base}
      UNION ALL
      SELECT a."id", ${phoneKeySql(Prisma.sql`a."phone"`)}, ${updatable}
      FROM "Account" a WHERE ${by.includes('phone')} AND a."phone" IS NOT NULL AND ${base}`;
  },
  insert: (ctx, source) =>
    ctx.db.$executeRaw(Prisma.sql`
      INSERT INTO "Account" ("tenantId", "id", "name", "taxId", "industry", "region", "address", "website", "phone",
                             "ownerId", "customFields", "createdById")
      SELECT ${ctx.actor.tenantId}::uuid, r."id", r."data"->>'name',
             ${Prisma.join(accountColumns.map((column) => Prisma.sql`r."data"->>${column}`))},
             ${ctx.actor.userId}::uuid, r."data"->'customFields', ${ctx.actor.userId}::uuid
      FROM ${source}`),
  update: (ctx, range) =>
    ctx.db.$executeRaw(Prisma.sql`
      UPDATE "Account" a SET
        "name" = r."data"->>'name',
        ${Prisma.join(accountColumns.map((column) => Prisma.sql`${Prisma.raw(`"${column}"`)} = coalesce(r."data"->>${column}, a.${Prisma.raw(`"${column}"`)})`))},
        "customFields" = a."customFields" || r."data"->'customFields'
      FROM crm_import_rows r
      WHERE ${staged(range, 'update')} AND a."tenantId" = ${ctx.actor.tenantId}::uuid AND a."id" = r."targetId"`),
};

const dealWriter: ObjectWriter = {
  existingKeys: () =>
    Prisma.sql`SELECT NULL::uuid AS "id", NULL::text AS "key", false AS "updatable" WHERE false`,
  insert: (ctx, source) =>
    ctx.db.$executeRaw(Prisma.sql`
      INSERT INTO "Deal" ("tenantId", "id", "title", "amount", "currency", "pipelineId", "stageId", "expectedCloseDate",
                          "ownerId", "lostReason", "closedAt", "customFields", "createdById")
      SELECT ${ctx.actor.tenantId}::uuid, r."id", r."data"->>'title', (r."data"->>'amount')::numeric, r."data"->>'currency',
             (r."data"->>'pipelineId')::uuid, (r."data"->>'stageId')::uuid, (r."data"->>'expectedCloseDate')::date,
             ${ctx.actor.userId}::uuid, r."data"->>'lostReason', (r."data"->>'closedAt')::timestamptz,
             r."data"->'customFields', ${ctx.actor.userId}::uuid
      FROM ${source}`),
  update: () => Promise.resolve(0),
};

export const objectWriters: Record<ImportObjectType, ObjectWriter> = {
  contact: contactWriter,
  account: accountWriter,
  deal: dealWriter,
};
