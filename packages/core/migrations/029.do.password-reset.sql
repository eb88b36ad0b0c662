-- Password reset links (ASVS v6.4): one use, one hour, the token kept only as its SHA-256. A global
-- table like "Session": a user belongs to no single tenant, and the request comes before any sign-in.
CREATE TABLE "PasswordReset" (
  "tokenHash" text PRIMARY KEY,
  "userId"    uuid NOT NULL REFERENCES "User" ("id") ON DELETE CASCADE,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "expiresAt" timestamptz(3) NOT NULL,
  "usedAt"    timestamptz(3),
  "ip"        text
);
CREATE INDEX "PasswordReset_userId_idx" ON "PasswordReset" ("userId");
GRANT SELECT, INSERT, UPDATE, DELETE ON "PasswordReset" TO crm_app;
