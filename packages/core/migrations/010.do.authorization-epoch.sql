-- Authorization epoch: a per-tenant counter that every change able to alter what a caller may do in
-- the tenant bumps (memberships, roles, teams, API key revocation, sessions ending or switching tenant,
-- users disabled, custom field definitions). A request's unit of work reads the counter in its opening
-- round trip (a primary-key lookup) and reuses the actor the process built for the same credential,
-- tenant and epoch; only after a change does it run the full actor probe. Revocations stay immediate:
-- the next request sees the new epoch. See docs/decisions/performance.md.
CREATE TABLE "AuthEpoch" (
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "epoch"    bigint NOT NULL DEFAULT 0,
  PRIMARY KEY ("tenantId")
);
SELECT crm_make_tenant_table('"AuthEpoch"', 'SELECT');
INSERT INTO "AuthEpoch" ("tenantId") SELECT "id" FROM "Tenant";

-- The bump runs as crm_system (which may cross tenants: a disabled user or an ended session touches
-- every tenant involved), whoever made the change. It only ever increments counters.
CREATE FUNCTION crm_bump_auth_epoch(p_tenants uuid[]) RETURNS void
  LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
  UPDATE "AuthEpoch" SET "epoch" = "epoch" + 1 WHERE "tenantId" = ANY (p_tenants);
$$;
ALTER FUNCTION crm_bump_auth_epoch(uuid[]) OWNER TO crm_system;
REVOKE ALL ON FUNCTION crm_bump_auth_epoch(uuid[]) FROM PUBLIC;

CREATE FUNCTION crm_auth_epoch_of_new_tenant() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO "AuthEpoch" ("tenantId") VALUES (NEW."id");
  RETURN NULL;
END $$;
ALTER FUNCTION crm_auth_epoch_of_new_tenant() OWNER TO crm_system;
REVOKE ALL ON FUNCTION crm_auth_epoch_of_new_tenant() FROM PUBLIC;
CREATE TRIGGER "Tenant_auth_epoch" AFTER INSERT ON "Tenant"
  FOR EACH ROW EXECUTE FUNCTION crm_auth_epoch_of_new_tenant();

-- Tenant tables: the row's own tenant (old and new, so a row can never move unnoticed).
CREATE FUNCTION crm_auth_epoch_of_tenant_row() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  PERFORM crm_bump_auth_epoch(ARRAY[
    CASE WHEN TG_OP <> 'INSERT' THEN OLD."tenantId" END,
    CASE WHEN TG_OP <> 'DELETE' THEN NEW."tenantId" END]);
  RETURN NULL;
END $$;
ALTER FUNCTION crm_auth_epoch_of_tenant_row() OWNER TO crm_system;
REVOKE ALL ON FUNCTION crm_auth_epoch_of_tenant_row() FROM PUBLIC;

CREATE TRIGGER "Membership_auth_epoch" AFTER INSERT OR UPDATE OR DELETE ON "Membership"
  FOR EACH ROW EXECUTE FUNCTION crm_auth_epoch_of_tenant_row();
CREATE TRIGGER "Role_auth_epoch" AFTER UPDATE OR DELETE ON "Role"
  FOR EACH ROW EXECUTE FUNCTION crm_auth_epoch_of_tenant_row();
CREATE TRIGGER "TeamMember_auth_epoch" AFTER INSERT OR UPDATE OR DELETE ON "TeamMember"
  FOR EACH ROW EXECUTE FUNCTION crm_auth_epoch_of_tenant_row();
CREATE TRIGGER "CustomFieldDefinition_auth_epoch" AFTER INSERT OR UPDATE OR DELETE ON "CustomFieldDefinition"
  FOR EACH ROW EXECUTE FUNCTION crm_auth_epoch_of_tenant_row();
-- Marking a key as used is not a change of rights; revoking, re-owning or deleting it is.
CREATE TRIGGER "ApiKey_auth_epoch" AFTER UPDATE ON "ApiKey"
  FOR EACH ROW
  WHEN (OLD."revokedAt" IS DISTINCT FROM NEW."revokedAt" OR OLD."userId" IS DISTINCT FROM NEW."userId"
        OR OLD."tenantId" IS DISTINCT FROM NEW."tenantId")
  EXECUTE FUNCTION crm_auth_epoch_of_tenant_row();
CREATE TRIGGER "ApiKey_auth_epoch_delete" AFTER DELETE ON "ApiKey"
  FOR EACH ROW EXECUTE FUNCTION crm_auth_epoch_of_tenant_row();

-- Sessions belong to users, not tenants: the tenant they act in is "activeTenantId". Touching a session
-- ("lastSeenAt") changes nothing; ending it, moving it to another tenant or changing its expiry does.
CREATE FUNCTION crm_auth_epoch_of_session() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  PERFORM crm_bump_auth_epoch(ARRAY[
    CASE WHEN TG_OP <> 'INSERT' THEN OLD."activeTenantId" END,
    CASE WHEN TG_OP <> 'DELETE' THEN NEW."activeTenantId" END]);
  RETURN NULL;
END $$;
ALTER FUNCTION crm_auth_epoch_of_session() OWNER TO crm_system;
REVOKE ALL ON FUNCTION crm_auth_epoch_of_session() FROM PUBLIC;
CREATE TRIGGER "Session_auth_epoch" AFTER UPDATE ON "Session"
  FOR EACH ROW
  WHEN (OLD."revokedAt" IS DISTINCT FROM NEW."revokedAt"
        OR OLD."activeTenantId" IS DISTINCT FROM NEW."activeTenantId"
        OR OLD."expiresAt" IS DISTINCT FROM NEW."expiresAt"
        OR OLD."userId" IS DISTINCT FROM NEW."userId")
  EXECUTE FUNCTION crm_auth_epoch_of_session();
CREATE TRIGGER "Session_auth_epoch_delete" AFTER DELETE ON "Session"
  FOR EACH ROW EXECUTE FUNCTION crm_auth_epoch_of_session();

-- A user disabled (or enabled) changes their rights in every tenant they belong to.
CREATE FUNCTION crm_auth_epoch_of_user() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  PERFORM crm_bump_auth_epoch(ARRAY(SELECT m."tenantId" FROM "Membership" m WHERE m."userId" = NEW."id"));
  RETURN NULL;
END $$;
ALTER FUNCTION crm_auth_epoch_of_user() OWNER TO crm_system;
REVOKE ALL ON FUNCTION crm_auth_epoch_of_user() FROM PUBLIC;
CREATE TRIGGER "User_auth_epoch" AFTER UPDATE ON "User"
  FOR EACH ROW WHEN (OLD."disabledAt" IS DISTINCT FROM NEW."disabledAt")
  EXECUTE FUNCTION crm_auth_epoch_of_user();

-- The actor probe now also answers the epoch its facts belong to (one snapshot: a STABLE function sees
-- the calling statement's snapshot) and the session's absolute expiry, so the caller can cache the
-- actor and check the session's timeouts itself until the epoch moves.
DROP FUNCTION crm_actor_probe(uuid, uuid, text, uuid, bigint);
CREATE FUNCTION crm_actor_probe(p_user uuid, p_api_key uuid, p_session text, p_tenant uuid, p_idle_ms bigint)
  RETURNS TABLE (
    "roleKey" text,
    "permissions" jsonb,
    "teamUserIds" text[],
    "sessionLastSeenAt" timestamptz,
    "sessionExpiresAt" timestamptz,
    "customFieldDefinitions" json,
    "epoch" bigint
  )
  LANGUAGE plpgsql STABLE SECURITY INVOKER SET search_path = public AS $$
BEGIN
  RETURN QUERY
  SELECT r."key", r."permissions",
    ARRAY(SELECT DISTINCT tm2."userId"::text FROM "TeamMember" tm
          JOIN "TeamMember" tm2 ON tm2."tenantId" = tm."tenantId" AND tm2."teamId" = tm."teamId"
          WHERE tm."userId" = m."userId"),
    (SELECT s."lastSeenAt" FROM "Session" s WHERE s."id" = p_session),
    (SELECT s."expiresAt" FROM "Session" s WHERE s."id" = p_session),
    (SELECT coalesce(json_agg(json_build_object(
        'objectType', d."objectType", 'key', d."key", 'label', d."label", 'type', d."type", 'options', d."options",
        'required', d."required", 'sensitive', d."sensitive") ORDER BY d."position", d."key"), '[]'::json)
     FROM "CustomFieldDefinition" d WHERE d."archivedAt" IS NULL),
    (SELECT e."epoch" FROM "AuthEpoch" e WHERE e."tenantId" = p_tenant)
  FROM "Membership" m
  JOIN "Role" r ON r."tenantId" = m."tenantId" AND r."id" = m."roleId"
  JOIN "User" u ON u."id" = m."userId"
  WHERE m."userId" = p_user AND m."disabledAt" IS NULL AND u."disabledAt" IS NULL
    AND CASE
      WHEN p_api_key IS NOT NULL THEN EXISTS (
        SELECT 1 FROM "ApiKey" k WHERE k."id" = p_api_key AND k."userId" = m."userId" AND k."revokedAt" IS NULL)
      ELSE EXISTS (
        SELECT 1 FROM "Session" s WHERE s."id" = p_session AND s."userId" = m."userId" AND s."revokedAt" IS NULL
          AND s."expiresAt" > now() AND s."activeTenantId" = p_tenant
          AND s."lastSeenAt" > now() - make_interval(secs => p_idle_ms / 1000.0))
    END;
END $$;
REVOKE ALL ON FUNCTION crm_actor_probe(uuid, uuid, text, uuid, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION crm_actor_probe(uuid, uuid, text, uuid, bigint) TO crm_app;
