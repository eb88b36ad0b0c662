-- Global tables: a tenant, a person who can sign in (one user may belong to several tenants),
-- and server-side sessions. They carry no "tenantId" and are reached only by the auth code.
CREATE TABLE "Tenant" (
  "id"        uuid PRIMARY KEY,
  "name"      text NOT NULL CHECK (length("name") BETWEEN 1 AND 200),
  "slug"      text NOT NULL UNIQUE,
  "locale"    text NOT NULL DEFAULT 'en',
  "currency"  char(3) NOT NULL DEFAULT 'RUB',
  "createdAt" timestamptz NOT NULL DEFAULT now()
);
GRANT SELECT, INSERT, UPDATE ON "Tenant" TO crm_app;

CREATE TABLE "User" (
  "id"                uuid PRIMARY KEY,
  "email"             citext NOT NULL UNIQUE,
  "name"              text NOT NULL,
  "passwordHash"      text,
  "locale"            text NOT NULL DEFAULT 'en',
  "passwordChangedAt" timestamptz,
  "disabledAt"        timestamptz,
  "createdAt"         timestamptz NOT NULL DEFAULT now(),
  "updatedAt"         timestamptz NOT NULL DEFAULT now()
);
GRANT SELECT, INSERT, UPDATE ON "User" TO crm_app;

-- The token itself is never stored: "id" is the SHA-256 of it.
CREATE TABLE "Session" (
  "id"             text PRIMARY KEY,
  "userId"         uuid NOT NULL REFERENCES "User"("id") ON DELETE CASCADE,
  "activeTenantId" uuid REFERENCES "Tenant"("id") ON DELETE SET NULL,
  "createdAt"      timestamptz NOT NULL DEFAULT now(),
  "lastSeenAt"     timestamptz NOT NULL DEFAULT now(),
  "expiresAt"      timestamptz NOT NULL,
  "revokedAt"      timestamptz,
  "ip"             text,
  "userAgent"      text
);
CREATE INDEX "Session_userId_idx" ON "Session" ("userId");
GRANT SELECT, INSERT, UPDATE, DELETE ON "Session" TO crm_app;

-- Tenant-owned tables from here on: "tenantId" first in every key, RLS forced.
CREATE TABLE "Role" (
  "tenantId"    uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"          uuid NOT NULL,
  "key"         text NOT NULL,
  "name"        text NOT NULL,
  "isSystem"    boolean NOT NULL DEFAULT false,
  "permissions" jsonb NOT NULL DEFAULT '{}'::jsonb,
  "createdAt"   timestamptz NOT NULL DEFAULT now(),
  "updatedAt"   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id"),
  UNIQUE ("tenantId", "key")
);
SELECT crm_make_tenant_table('"Role"');

CREATE TABLE "Team" (
  "tenantId"  uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"        uuid NOT NULL,
  "name"      text NOT NULL,
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id"),
  UNIQUE ("tenantId", "name")
);
SELECT crm_make_tenant_table('"Team"');

CREATE TABLE "Membership" (
  "tenantId"  uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"        uuid NOT NULL,
  "userId"    uuid NOT NULL REFERENCES "User"("id"),
  "roleId"    uuid NOT NULL,
  "disabledAt" timestamptz,
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id"),
  UNIQUE ("tenantId", "userId"),
  FOREIGN KEY ("tenantId", "roleId") REFERENCES "Role"("tenantId", "id")
);
CREATE INDEX "Membership_userId_idx" ON "Membership" ("userId");
SELECT crm_make_tenant_table('"Membership"');

CREATE TABLE "TeamMember" (
  "tenantId"  uuid NOT NULL,
  "teamId"    uuid NOT NULL,
  "userId"    uuid NOT NULL,
  "isManager" boolean NOT NULL DEFAULT false,
  PRIMARY KEY ("tenantId", "teamId", "userId"),
  FOREIGN KEY ("tenantId", "teamId") REFERENCES "Team"("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "userId") REFERENCES "Membership"("tenantId", "userId") ON DELETE CASCADE
);
SELECT crm_make_tenant_table('"TeamMember"');

CREATE TABLE "Invitation" (
  "tenantId"    uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"          uuid NOT NULL,
  "email"       citext NOT NULL,
  "roleId"      uuid NOT NULL,
  "tokenHash"   text NOT NULL UNIQUE,
  "invitedById" uuid NOT NULL,
  "expiresAt"   timestamptz NOT NULL,
  "acceptedAt"  timestamptz,
  "createdAt"   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id"),
  FOREIGN KEY ("tenantId", "roleId") REFERENCES "Role"("tenantId", "id")
);
SELECT crm_make_tenant_table('"Invitation"');

CREATE TABLE "ApiKey" (
  "tenantId"    uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"          uuid NOT NULL,
  "name"        text NOT NULL,
  "prefix"      text NOT NULL,
  "tokenHash"   text NOT NULL UNIQUE,
  "userId"      uuid NOT NULL,
  "lastUsedAt"  timestamptz,
  "revokedAt"   timestamptz,
  "createdAt"   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id"),
  FOREIGN KEY ("tenantId", "userId") REFERENCES "Membership"("tenantId", "userId")
);
SELECT crm_make_tenant_table('"ApiKey"');

-- Which plugins a tenant has switched on: data, never DDL.
CREATE TABLE "TenantPlugin" (
  "tenantId"   uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "pluginId"   text NOT NULL,
  "enabled"    boolean NOT NULL DEFAULT true,
  "config"     jsonb NOT NULL DEFAULT '{}'::jsonb,
  "enabledAt"  timestamptz NOT NULL DEFAULT now(),
  "disabledAt" timestamptz,
  PRIMARY KEY ("tenantId", "pluginId")
);
SELECT crm_make_tenant_table('"TenantPlugin"');

-- Narrow cross-tenant lookups the sign-in path needs before any tenant is known. They run with the
-- owner's rights and return only what authentication needs, never tenant data.
CREATE FUNCTION crm_resolve_api_key(token_hash text)
  RETURNS TABLE ("tenantId" uuid, "apiKeyId" uuid, "userId" uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT k."tenantId", k."id", k."userId" FROM "ApiKey" k
    WHERE k."tokenHash" = token_hash AND k."revokedAt" IS NULL
  $$;
CREATE FUNCTION crm_user_tenants(user_id uuid)
  RETURNS TABLE ("tenantId" uuid, "tenantName" text, "roleKey" text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT m."tenantId", t."name", r."key" FROM "Membership" m
    JOIN "Tenant" t ON t."id" = m."tenantId"
    JOIN "Role" r ON r."tenantId" = m."tenantId" AND r."id" = m."roleId"
    WHERE m."userId" = user_id AND m."disabledAt" IS NULL
    ORDER BY m."createdAt"
  $$;
CREATE FUNCTION crm_resolve_invitation(token_hash text)
  RETURNS TABLE ("tenantId" uuid, "invitationId" uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT i."tenantId", i."id" FROM "Invitation" i
    WHERE i."tokenHash" = token_hash AND i."acceptedAt" IS NULL AND i."expiresAt" > now()
  $$;
ALTER FUNCTION crm_resolve_api_key(text) OWNER TO crm_system;
ALTER FUNCTION crm_user_tenants(uuid) OWNER TO crm_system;
ALTER FUNCTION crm_resolve_invitation(text) OWNER TO crm_system;
REVOKE ALL ON FUNCTION crm_resolve_api_key(text), crm_user_tenants(uuid), crm_resolve_invitation(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION crm_resolve_api_key(text), crm_user_tenants(uuid), crm_resolve_invitation(text) TO crm_app;
