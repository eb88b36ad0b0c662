import type { Queryable } from './catalog.js';

/** Row-level security switches of every table in schema public. */
export async function rowSecurity(
  db: Queryable,
): Promise<Map<string, { enabled: boolean; forced: boolean }>> {
  const { rows } = await db.query<{ name: string; enabled: boolean; forced: boolean }>(`
    SELECT c.relname::text AS name, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')`);
  return new Map(rows.map((row) => [row.name, { enabled: row.enabled, forced: row.forced }]));
}

export interface Policy {
  table: string;
  name: string;
  permissive: boolean;
  command: string;
  roles: string[];
  using: string | null;
  withCheck: string | null;
}

export async function policies(db: Queryable): Promise<Policy[]> {
  const { rows } = await db.query<Policy>(`
    SELECT tablename::text AS table, policyname::text AS name, permissive = 'PERMISSIVE' AS permissive,
      cmd AS command, roles::text[] AS roles, qual AS using, with_check AS "withCheck"
    FROM pg_policies WHERE schemaname = 'public' ORDER BY tablename, policyname`);
  return rows;
}

export interface RoleAttributes {
  canLogin: boolean;
  superuser: boolean;
  bypassRls: boolean;
  createRole: boolean;
  createDb: boolean;
}

export async function roleAttributes(db: Queryable, role: string): Promise<RoleAttributes | undefined> {
  const { rows } = await db.query<RoleAttributes>(
    `SELECT rolcanlogin AS "canLogin", rolsuper AS superuser, rolbypassrls AS "bypassRls",
       rolcreaterole AS "createRole", rolcreatedb AS "createDb"
     FROM pg_roles WHERE rolname = $1`,
    [role],
  );
  return rows[0];
}

/** Everything `role` owns in this database: relations (tables, sequences, views...), functions, schemas, types. */
export async function ownedBy(db: Queryable, role: string): Promise<string[]> {
  const { rows } = await db.query<{ object: string }>(
    `WITH r AS (SELECT oid FROM pg_roles WHERE rolname = $1)
     SELECT format('%s %s', CASE relkind WHEN 'S' THEN 'sequence' WHEN 'r' THEN 'table' ELSE 'relation' END, oid::regclass) AS object
       FROM pg_class WHERE relowner IN (SELECT oid FROM r)
     UNION ALL SELECT format('function %s', oid::regprocedure) FROM pg_proc WHERE proowner IN (SELECT oid FROM r)
     UNION ALL SELECT format('schema %s', nspname) FROM pg_namespace WHERE nspowner IN (SELECT oid FROM r)
     UNION ALL SELECT format('type %s', oid::regtype) FROM pg_type
       WHERE typowner IN (SELECT oid FROM r) AND typrelid = 0`,
    [role],
  );
  return rows.map((row) => row.object);
}

/** Sequences, identity columns and serial-style defaults (nextval) in schema public. */
export async function sequencesAndIdentities(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ object: string }>(`
    SELECT format('sequence %s', c.oid::regclass) AS object
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'S'
    UNION ALL
    SELECT format('column %s.%I: %s', c.oid::regclass, a.attname,
        CASE WHEN a.attidentity <> '' THEN 'identity' ELSE pg_get_expr(d.adbin, d.adrelid) END)
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE n.nspname = 'public' AND a.attnum > 0 AND NOT a.attisdropped
        AND (a.attidentity <> '' OR pg_get_expr(d.adbin, d.adrelid) ILIKE '%nextval(%')`);
  return rows.map((row) => row.object);
}

/** The privileges among `privileges` that `role` holds on `table`, directly, through PUBLIC or membership. */
export async function tablePrivileges(
  db: Queryable,
  role: string,
  table: string,
  privileges: string[],
): Promise<string[]> {
  const { rows } = await db.query<{ privilege: string }>(
    `SELECT p AS privilege FROM unnest($3::text[]) p WHERE has_table_privilege($1, format('%I', $2::text), p)`,
    [role, table, privileges],
  );
  return rows.map((row) => row.privilege);
}
