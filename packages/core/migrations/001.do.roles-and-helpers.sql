-- Roles: the migrator (whoever runs this) owns every table; the application works as crm_app,
-- which owns nothing and cannot bypass row-level security. crm_app is NOLOGIN: the application
-- connects as a login role that is a member of it and switches with SET LOCAL ROLE per transaction.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'crm_app') THEN
    CREATE ROLE crm_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END $$;

-- The platform's own jobs (outbox relay, sign-in lookups, maintenance) work as crm_system, which may
-- cross tenants. It is used from a separately named pool, and only where a tenant is not yet known.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'crm_system') THEN
    CREATE ROLE crm_system NOLOGIN NOSUPERUSER BYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END $$;

-- The connecting role must be able to switch to these roles inside each transaction.
DO $$
BEGIN
  IF NOT pg_has_role(current_user, 'crm_app', 'MEMBER') THEN
    EXECUTE format('GRANT crm_app TO %I', current_user);
  END IF;
  IF NOT pg_has_role(current_user, 'crm_system', 'MEMBER') THEN
    EXECUTE format('GRANT crm_system TO %I', current_user);
  END IF;
END $$;

GRANT USAGE ON SCHEMA public TO crm_app, crm_system;
-- Needed so the sign-in lookup functions can be owned by crm_system.
GRANT CREATE ON SCHEMA public TO crm_system;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO crm_system;

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS citext;

-- The tenant of the current transaction, or NULL when none is set: every policy compares with it,
-- so a query without a tenant sees nothing. Kept inline-able (SQL, STABLE) so it becomes an index condition.
CREATE FUNCTION crm_current_tenant() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$;

-- Enables and forces row-level security with the tenant policy on one table, and grants the
-- application role the data privileges it needs. Every tenant table goes through this.
CREATE FUNCTION crm_make_tenant_table(tbl regclass, privileges text DEFAULT 'SELECT, INSERT, UPDATE, DELETE')
  RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format(
    'CREATE POLICY tenant_isolation ON %s USING ("tenantId" = crm_current_tenant()) WITH CHECK ("tenantId" = crm_current_tenant())',
    tbl);
  EXECUTE format('GRANT %s ON %s TO crm_app', privileges, tbl);
END $$;

-- Optimistic concurrency and timestamps: each update bumps "version" and "updatedAt".
CREATE FUNCTION crm_touch_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."version" := OLD."version" + 1;
  NEW."updatedAt" := now();
  RETURN NEW;
END $$;
