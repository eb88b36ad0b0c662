-- The actor check of every request (see src/auth/actor-probe.ts) as a function: PL/pgSQL keeps its
-- plans per connection, so the query is planned once per pooled connection instead of on every
-- request (planning cost several times the execution). SECURITY INVOKER: it runs as crm_app with the
-- unit's tenant, so RLS limits every table it reads exactly as for the inline query it replaces.
CREATE FUNCTION crm_actor_probe(p_user uuid, p_api_key uuid, p_session text, p_tenant uuid, p_idle_ms bigint)
  RETURNS TABLE (
    "roleKey" text,
    "permissions" jsonb,
    "teamUserIds" text[],
    "sessionLastSeenAt" timestamptz,
    "customFieldDefinitions" json
  )
  LANGUAGE plpgsql STABLE SECURITY INVOKER SET search_path = public AS $$
BEGIN
  RETURN QUERY
  SELECT r."key", r."permissions",
    ARRAY(SELECT DISTINCT tm2."userId"::text FROM "TeamMember" tm
          JOIN "TeamMember" tm2 ON tm2."tenantId" = tm."tenantId" AND tm2."teamId" = tm."teamId"
          WHERE tm."userId" = m."userId"),
    (SELECT s."lastSeenAt" FROM "Session" s WHERE s."id" = p_session),
    (SELECT coalesce(json_agg(json_build_object(
        'objectType', d."objectType", 'key', d."key", 'label', d."label", 'type', d."type", 'options', d."options",
        'required', d."required", 'sensitive', d."sensitive") ORDER BY d."position", d."key"), '[]'::json)
     FROM "CustomFieldDefinition" d WHERE d."archivedAt" IS NULL)
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
