-- Workflow runtime: the outbox relay's claim, wake-up and backoff, and idempotent workflow effects.

-- When a failed row may be tried again (backoff); new rows are due at once.
ALTER TABLE "Outbox" ADD COLUMN "availableAt" timestamptz(3) NOT NULL DEFAULT now();
DROP INDEX "Outbox_pending_idx";
CREATE INDEX "Outbox_pending_idx" ON "Outbox" ("availableAt", "createdAt") WHERE "dispatchedAt" IS NULL;

-- Wakes the relay (LISTEN crm_outbox) when rows are committed; one notice per inserting statement,
-- and Postgres folds identical notices of one transaction into one.
CREATE FUNCTION crm_outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('crm_outbox', '');
  RETURN NULL;
END $$;
CREATE TRIGGER "Outbox_notify" AFTER INSERT ON "Outbox"
  FOR EACH STATEMENT EXECUTE FUNCTION crm_outbox_notify();

-- The relay is the one platform job that reads the outbox across tenants. It works as crm_app with
-- no tenant (so it sees nothing on its own) and goes through these three functions, owned by
-- crm_system: claim due rows (locked until the caller's transaction ends; other relays skip them),
-- mark one dispatched, or record a failed attempt. Nothing else of any tenant is reachable this way.
CREATE FUNCTION crm_outbox_claim(batch_size integer)
  RETURNS TABLE (
    "tenantId" uuid, "id" uuid, "topic" text, "recordType" text, "recordId" uuid,
    "payload" jsonb, "createdAt" timestamptz, "attempts" integer
  )
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT o."tenantId", o."id", o."topic", o."recordType", o."recordId", o."payload", o."createdAt", o."attempts"
    FROM "Outbox" o
   WHERE o."dispatchedAt" IS NULL AND o."availableAt" <= now()
   ORDER BY o."availableAt", o."createdAt"
   LIMIT least(greatest(batch_size, 1), 1000)
   FOR UPDATE SKIP LOCKED
$$;

CREATE FUNCTION crm_outbox_mark_dispatched(row_tenant uuid, row_id uuid)
  RETURNS boolean
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  UPDATE "Outbox" SET "dispatchedAt" = clock_timestamp(), "attempts" = "attempts" + 1, "lastError" = NULL
   WHERE "tenantId" = row_tenant AND "id" = row_id AND "dispatchedAt" IS NULL
  RETURNING true
$$;

-- Backoff: 1 s, 2 s, 4 s, ... capped at 10 minutes. A row is never given up: it stays pending, visible
-- with its attempts and last error, until a dispatch succeeds.
CREATE FUNCTION crm_outbox_mark_failed(row_tenant uuid, row_id uuid, error text)
  RETURNS boolean
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  UPDATE "Outbox"
     SET "attempts" = "attempts" + 1,
         "lastError" = left(error, 2000),
         "availableAt" = clock_timestamp() + least(interval '1 second' * power(2, least("attempts", 20)), interval '10 minutes')
   WHERE "tenantId" = row_tenant AND "id" = row_id AND "dispatchedAt" IS NULL
  RETURNING true
$$;

ALTER FUNCTION crm_outbox_claim(integer) OWNER TO crm_system;
ALTER FUNCTION crm_outbox_mark_dispatched(uuid, uuid) OWNER TO crm_system;
ALTER FUNCTION crm_outbox_mark_failed(uuid, uuid, text) OWNER TO crm_system;
REVOKE ALL ON FUNCTION crm_outbox_claim(integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION crm_outbox_mark_dispatched(uuid, uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION crm_outbox_mark_failed(uuid, uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION crm_outbox_claim(integer) TO crm_app;
GRANT EXECUTE ON FUNCTION crm_outbox_mark_dispatched(uuid, uuid) TO crm_app;
GRANT EXECUTE ON FUNCTION crm_outbox_mark_failed(uuid, uuid, text) TO crm_app;

-- Idempotency keys of workflow side effects: an activity claims (tenantId, effectKey) in the same
-- transaction as its effect, so a retried activity finds the key and returns the first result.
CREATE TABLE "WorkflowEffect" (
  "tenantId"   uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "effectKey"  text NOT NULL CHECK (length("effectKey") BETWEEN 1 AND 400),
  "workflowId" text,
  "activity"   text,
  "result"     jsonb,
  "createdAt"  timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "effectKey")
);
SELECT crm_make_tenant_table('"WorkflowEffect"', 'SELECT, INSERT, UPDATE');
