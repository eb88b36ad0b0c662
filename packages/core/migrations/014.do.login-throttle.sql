-- Sign-in attempt counters shared by every API process, so that a cluster of N replicas allows the
-- same number of guesses as one (ASVS v6.3.1 holds per deployment, not per process). The layout is
-- rate-limiter-flexible's Postgres store (lower-case columns); keys are hashes of the account or IP,
-- never the e-mail address itself. A global table like "Session": reached before any tenant is known.
CREATE TABLE "LoginThrottle" (
  "key"    varchar(255) PRIMARY KEY,
  "points" integer NOT NULL DEFAULT 0,
  "expire" bigint
);
GRANT SELECT, INSERT, UPDATE, DELETE ON "LoginThrottle" TO crm_app;
