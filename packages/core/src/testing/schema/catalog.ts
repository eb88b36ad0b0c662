import type pg from 'pg';
import {
  normalizeDefault,
  normalizeType,
  type ColumnShape,
  type ForeignKeyShape,
  type IndexShape,
  type KeyShape,
  type ReferentialAction,
  type SchemaShape,
  type TableShape,
} from './schema-shape.js';

/** A query target: a pg.Client, a pooled client, or a pool. */
export type Queryable = Pick<pg.Client, 'query'>;

/** postgrator's history tables (one per migration source) are not part of the domain schema. */
export const isMigrationHistoryTable = (table: string): boolean => table.startsWith('migrations_');

const actions: Record<string, ReferentialAction> = {
  a: 'NoAction',
  r: 'Restrict',
  c: 'Cascade',
  n: 'SetNull',
  d: 'SetDefault',
};

interface ColumnRow {
  table: string;
  name: string;
  type: string;
  is_array: boolean;
  nullable: boolean;
  default_expr: string | null;
  generated: boolean;
  identity: boolean;
}

interface ConstraintRow {
  table: string;
  name: string;
  type: 'p' | 'f';
  columns: string[];
  ref_table: string | null;
  ref_columns: string[] | null;
  on_delete: string;
  on_update: string;
}

interface IndexRow {
  table: string;
  name: string;
  unique: boolean;
  method: string;
  predicate: string | null;
  columns: { column: string; desc: boolean; opclass: string | null }[];
  include: string[];
}

const publicTables = `
  SELECT c.oid, c.relname::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')`;

/** Tables of schema public (migration history tables included), sorted by name. */
export async function listTables(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(`${publicTables} ORDER BY 2`);
  return rows.map((row) => row.name);
}

/** Reads every table of schema public except the migration history tables, from pg_catalog. */
export async function readDatabaseSchema(db: Queryable): Promise<SchemaShape> {
  const columns = await db.query<ColumnRow>(`
    WITH t AS (${publicTables})
    SELECT t.name AS table, a.attname::text AS name,
      format_type(CASE WHEN ty.typcategory = 'A' THEN ty.typelem ELSE a.atttypid END, a.atttypmod) AS type,
      ty.typcategory = 'A' AS is_array, NOT a.attnotnull AS nullable,
      pg_get_expr(d.adbin, d.adrelid) AS default_expr,
      a.attgenerated <> '' AS generated, a.attidentity <> '' AS identity
    FROM t JOIN pg_attribute a ON a.attrelid = t.oid JOIN pg_type ty ON ty.oid = a.atttypid
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE a.attnum > 0 AND NOT a.attisdropped
    ORDER BY t.name, a.attnum`);
  const constraints = await db.query<ConstraintRow>(`
    WITH t AS (${publicTables})
    SELECT t.name AS table, con.conname::text AS name, con.contype::text AS type,
      ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
            JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.ord) AS columns,
      rt.relname::text AS ref_table,
      ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)
            JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.ord) AS ref_columns,
      con.confdeltype::text AS on_delete, con.confupdtype::text AS on_update
    FROM t JOIN pg_constraint con ON con.conrelid = t.oid LEFT JOIN pg_class rt ON rt.oid = con.confrelid
    WHERE con.contype IN ('p', 'f')
    ORDER BY t.name, con.conname`);
  const indexes = await db.query<IndexRow>(`
    WITH t AS (${publicTables})
    SELECT t.name AS table, ic.relname::text AS name, ix.indisunique AS unique, am.amname::text AS method,
      pg_get_expr(ix.indpred, ix.indrelid) AS predicate,
      (SELECT json_agg(json_build_object(
          'column', CASE WHEN ix.indkey[k] = 0 THEN pg_get_indexdef(ix.indexrelid, k + 1, true)
                    ELSE (SELECT attname FROM pg_attribute WHERE attrelid = ix.indrelid AND attnum = ix.indkey[k]) END,
          'desc', (ix.indoption[k] & 1) = 1,
          'opclass', CASE WHEN opc.opcdefault THEN NULL ELSE opc.opcname END) ORDER BY k)
        FROM generate_series(0, ix.indnkeyatts - 1) k JOIN pg_opclass opc ON opc.oid = ix.indclass[k]) AS columns,
      ARRAY(SELECT a.attname::text FROM generate_series(ix.indnkeyatts, ix.indnatts - 1) k
            JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = ix.indkey[k] ORDER BY k) AS include
    FROM t JOIN pg_index ix ON ix.indrelid = t.oid JOIN pg_class ic ON ic.oid = ix.indexrelid
    JOIN pg_am am ON am.oid = ic.relam
    WHERE NOT ix.indisprimary
    ORDER BY t.name, ic.relname`);

  const tables = new Map<string, TableShape>();
  const table = (name: string): TableShape => {
    let found = tables.get(name);
    if (!found) {
      found = { name, columns: [], primaryKey: null, indexes: [], foreignKeys: [] };
      tables.set(name, found);
    }
    return found;
  };
  for (const name of await listTables(db)) if (!isMigrationHistoryTable(name)) table(name);
  for (const row of columns.rows) {
    if (!tables.has(row.table)) continue;
    const column: ColumnShape = {
      name: row.name,
      type: normalizeType(row.type),
      isArray: row.is_array,
      nullable: row.nullable,
      // A generated column's expression lives in pg_attrdef too, but it is no default.
      default: row.default_expr === null || row.generated ? null : normalizeDefault(row.default_expr),
      generated: row.generated,
      identity: row.identity,
    };
    table(row.table).columns.push(column);
  }
  for (const row of constraints.rows) {
    if (!tables.has(row.table)) continue;
    if (row.type === 'p') {
      const key: KeyShape = { name: row.name, columns: row.columns };
      table(row.table).primaryKey = key;
    } else {
      const foreignKey: ForeignKeyShape = {
        name: row.name,
        columns: row.columns,
        refTable: row.ref_table ?? '?',
        refColumns: row.ref_columns ?? [],
        onDelete: actions[row.on_delete] ?? 'NoAction',
        onUpdate: actions[row.on_update] ?? 'NoAction',
      };
      table(row.table).foreignKeys.push(foreignKey);
    }
  }
  for (const row of indexes.rows) {
    if (!tables.has(row.table)) continue;
    const index: IndexShape = {
      name: row.name,
      unique: row.unique,
      method: row.method,
      columns: row.columns,
      predicate: row.predicate,
      include: row.include,
    };
    table(row.table).indexes.push(index);
  }
  return { tables: [...tables.values()] };
}
