-- Timestamps keep milliseconds, the precision of JavaScript dates and so of list cursors: with
-- microseconds, rows written in the same millisecond could be skipped or repeated between pages.
DO $$
DECLARE c record;
BEGIN
  FOR c IN
    SELECT table_name, column_name FROM information_schema.columns
    WHERE table_schema = 'public' AND data_type = 'timestamp with time zone' AND datetime_precision <> 3
      AND table_name NOT LIKE 'migrations\_%'
  LOOP
    EXECUTE format('ALTER TABLE %I ALTER COLUMN %I TYPE timestamptz(3)', c.table_name, c.column_name);
  END LOOP;
END $$;

-- At most one default pipeline per tenant, held by the database rather than by application locks.
CREATE UNIQUE INDEX "Pipeline_one_default_idx" ON "Pipeline" ("tenantId") WHERE "isDefault" AND "deletedAt" IS NULL;
