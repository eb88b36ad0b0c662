-- Two performance measures of the foundation: the authorization epoch, then the search vocabulary.
--
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

-- Search vocabulary: typo tolerance that does not scan the records.
--
-- The global search used to look for typos with trigram similarity over the records' names
-- (`q <% "fullName"`). For a short misspelling of a common name ("Smth" among 50 000 "Smith"s) the
-- trigram index then yields every row sharing a few common trigrams and each is rechecked on the heap:
-- 0.2-0.4 s at 1M contacts, for a word similarity under the threshold anyway. Instead, each tenant keeps
-- the distinct words of its names and titles (a few thousand where the records are millions); a query
-- word the records do not match is replaced by the known words that start with it or are within a small
-- edit distance of it, and the records are searched again by full text, through their indexes.
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

CREATE TABLE "SearchWord" (
  "tenantId" uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "source"   text NOT NULL CHECK ("source" IN ('contact', 'account', 'deal')),
  "word"     text NOT NULL,
  PRIMARY KEY ("tenantId", "source", "word")
);
CREATE INDEX "SearchWord_word_trgm_idx" ON "SearchWord" USING gin ("tenantId", "source", "word" gin_trgm_ops);
-- Tenant-scoped like every tenant table, but not readable by the application: it holds words of records
-- an actor may not be allowed to see. Only the search functions (crm_system) read it.
SELECT crm_make_tenant_table('"SearchWord"', 'SELECT');
REVOKE SELECT ON "SearchWord" FROM crm_app;

-- The words of a name or title: lower case, letters and digits, 3 to 40 characters.
CREATE FUNCTION crm_search_words(txt text) RETURNS SETOF text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = public AS $$
  SELECT DISTINCT w FROM regexp_split_to_table(lower(coalesce(txt, '')), '[^[:alnum:]]+') w
  WHERE length(w) BETWEEN 3 AND 40;
$$;

-- Statement-level triggers: an import of a million rows adds its words in one statement.
CREATE FUNCTION crm_search_words_of_contacts() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO "SearchWord" ("tenantId", "source", "word")
  SELECT DISTINCT n."tenantId", 'contact', w FROM new_rows n, crm_search_words(n."fullName") w
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE FUNCTION crm_search_words_of_accounts() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO "SearchWord" ("tenantId", "source", "word")
  SELECT DISTINCT n."tenantId", 'account', w FROM new_rows n, crm_search_words(n."name") w
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE FUNCTION crm_search_words_of_deals() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO "SearchWord" ("tenantId", "source", "word")
  SELECT DISTINCT n."tenantId", 'deal', w FROM new_rows n, crm_search_words(n."title") w
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
ALTER FUNCTION crm_search_words_of_contacts() OWNER TO crm_system;
ALTER FUNCTION crm_search_words_of_accounts() OWNER TO crm_system;
ALTER FUNCTION crm_search_words_of_deals() OWNER TO crm_system;
REVOKE ALL ON FUNCTION crm_search_words_of_contacts(), crm_search_words_of_accounts(),
  crm_search_words_of_deals() FROM PUBLIC;
CREATE TRIGGER "Contact_search_words_insert" AFTER INSERT ON "Contact"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_search_words_of_contacts();
CREATE TRIGGER "Contact_search_words_update" AFTER UPDATE ON "Contact"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_search_words_of_contacts();
CREATE TRIGGER "Account_search_words_insert" AFTER INSERT ON "Account"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_search_words_of_accounts();
CREATE TRIGGER "Account_search_words_update" AFTER UPDATE ON "Account"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_search_words_of_accounts();
CREATE TRIGGER "Deal_search_words_insert" AFTER INSERT ON "Deal"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_search_words_of_deals();
CREATE TRIGGER "Deal_search_words_update" AFTER UPDATE ON "Deal"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_search_words_of_deals();

INSERT INTO "SearchWord" ("tenantId", "source", "word")
SELECT DISTINCT c."tenantId", 'contact', w FROM "Contact" c, crm_search_words(c."fullName") w
UNION SELECT DISTINCT a."tenantId", 'account', w FROM "Account" a, crm_search_words(a."name") w
UNION SELECT DISTINCT d."tenantId", 'deal', w FROM "Deal" d, crm_search_words(d."title") w
ON CONFLICT DO NOTHING;

-- The full-text query for the typo step: every word of `q` (at most five of three letters or more) is
-- replaced by up to eight known words of the tenant's `source` that start with it or are within one edit
-- (words up to five letters) or two edits (longer) of it, closest first; the words are ANDed, their
-- alternatives ORed, each in both stemming configurations. NULL when a word has no alternative (then no
-- record can match all words). Words are never taken from another tenant: the tenant is the caller's.
CREATE FUNCTION crm_search_typo_query(tenant uuid, p_source text, q text) RETURNS tsquery
  LANGUAGE plpgsql STABLE SECURITY DEFINER
  SET search_path = public
  SET pg_trgm.similarity_threshold = 0.2
AS $fn$
DECLARE
  token text;
  known text;
  alternatives tsquery;
  result tsquery;
BEGIN
  IF tenant IS NULL OR tenant IS DISTINCT FROM crm_current_tenant() THEN
    RETURN NULL;
  END IF;
  FOR token IN SELECT t FROM crm_search_words(q) t LIMIT 5 LOOP
    alternatives := NULL;
    FOR known IN
      SELECT v."word" FROM "SearchWord" v
      WHERE v."tenantId" = tenant AND v."source" = p_source
        AND (v."word" LIKE token || '%' OR v."word" % token)
        AND (v."word" LIKE token || '%'
             OR levenshtein_less_equal(v."word", token, CASE WHEN length(token) <= 5 THEN 1 ELSE 2 END)
                <= CASE WHEN length(token) <= 5 THEN 1 ELSE 2 END)
      ORDER BY levenshtein(v."word", token), v."word"
      LIMIT 8
    LOOP
      alternatives := CASE WHEN alternatives IS NULL THEN plainto_tsquery('russian', known) || plainto_tsquery('english', known)
                           ELSE alternatives || plainto_tsquery('russian', known) || plainto_tsquery('english', known) END;
    END LOOP;
    IF alternatives IS NULL THEN
      RETURN NULL;
    END IF;
    result := CASE WHEN result IS NULL THEN alternatives ELSE result && alternatives END;
  END LOOP;
  RETURN result;
END
$fn$;
ALTER FUNCTION crm_search_typo_query(uuid, text, text) OWNER TO crm_system;
REVOKE ALL ON FUNCTION crm_search_typo_query(uuid, text, text) FROM PUBLIC;

-- The search functions' typo step now uses the vocabulary (signatures, owners and grants unchanged;
-- sequential scans stay ruled out as in migration 009).
CREATE OR REPLACE FUNCTION crm_search_contacts(q text, owner_ids uuid[], weights text, fuzzy boolean,
                                    match_emails boolean, match_phones boolean, max_rows integer)
  RETURNS TABLE ("id" uuid, "score" real)
  LANGUAGE plpgsql STABLE SECURITY DEFINER
  SET search_path = public
  SET enable_seqscan = off
AS $fn$
DECLARE
  tenant uuid := crm_current_tenant();
  candidates uuid[];
  more uuid[];
  typo tsquery;
  exact uuid[] := '{}';
BEGIN
  IF tenant IS NULL THEN
    RETURN;
  END IF;
  EXECUTE $sql$
    SELECT coalesce(array_agg(c."id"), '{}') FROM (
      SELECT c."id" FROM "Contact" c
      WHERE c."tenantId" = $1 AND c."deletedAt" IS NULL AND ($3 IS NULL OR c."ownerId" = ANY ($3))
        AND c."search" @@ (websearch_to_tsquery('russian', $2) || websearch_to_tsquery('english', $2))
        AND ($4 IS NULL OR ts_filter(c."search", string_to_array($4, NULL)::"char"[])
               @@ (websearch_to_tsquery('russian', $2) || websearch_to_tsquery('english', $2)))
      LIMIT 200) c
  $sql$ INTO candidates USING tenant, q, owner_ids, weights;
  IF fuzzy AND cardinality(candidates) < max_rows THEN
    typo := crm_search_typo_query(tenant, 'contact', q);
    IF typo IS NOT NULL THEN
      EXECUTE $sql$
        SELECT coalesce(array_agg(c."id"), '{}') FROM (
          SELECT c."id" FROM "Contact" c
          WHERE c."tenantId" = $1 AND c."deletedAt" IS NULL AND ($3 IS NULL OR c."ownerId" = ANY ($3))
            AND c."search" @@ $2
            AND ($4 IS NULL OR ts_filter(c."search", string_to_array($4, NULL)::"char"[]) @@ $2)
          LIMIT 200) c
      $sql$ INTO more USING tenant, typo, owner_ids, weights;
      candidates := candidates || more;
    END IF;
  END IF;
  IF match_emails OR match_phones THEN
    -- OFFSET 0 keeps the tenant condition out of the key lookup: otherwise the planner may AND the
    -- (near-unique) key's index with the tenant's whole posting list in a tenant-leading index.
    EXECUTE $sql$
      SELECT coalesce(array_agg(c."id"), '{}') FROM (
        SELECT c."id", c."tenantId", c."deletedAt", c."ownerId" FROM "Contact" c
        WHERE ($4 AND c."emails" @> ARRAY[lower(btrim($2))]) OR ($5 AND c."phones" @> ARRAY[btrim($2)])
        OFFSET 0) c
      WHERE c."tenantId" = $1 AND c."deletedAt" IS NULL AND ($3 IS NULL OR c."ownerId" = ANY ($3))
    $sql$ INTO exact USING tenant, q, owner_ids, match_emails, match_phones;
    candidates := candidates || exact;
  END IF;
  RETURN QUERY EXECUTE $sql$
    SELECT c."id",
      (ts_rank(CASE WHEN $4 IS NULL THEN c."search" ELSE ts_filter(c."search", string_to_array($4, NULL)::"char"[]) END,
               websearch_to_tsquery('russian', $2) || websearch_to_tsquery('english', $2))
        + CASE WHEN $5 THEN strict_word_similarity($2, coalesce(c."fullName", '')) ELSE 0 END
        + CASE WHEN c."id" = ANY ($6) THEN 1 ELSE 0 END)::real AS score
    FROM "Contact" c
    WHERE c."tenantId" = $1 AND c."id" = ANY ($3)
    ORDER BY score DESC, c."id"
    LIMIT $7
  $sql$ USING tenant, q, candidates, weights, fuzzy, exact, max_rows;
END
$fn$;

CREATE OR REPLACE FUNCTION crm_search_accounts(q text, tax_id text, owner_ids uuid[], weights text, fuzzy boolean,
                                    max_rows integer)
  RETURNS TABLE ("id" uuid, "score" real)
  LANGUAGE plpgsql STABLE SECURITY DEFINER
  SET search_path = public
  SET enable_seqscan = off
AS $fn$
DECLARE
  tenant uuid := crm_current_tenant();
  candidates uuid[];
  more uuid[];
  typo tsquery;
  exact uuid[] := '{}';
BEGIN
  IF tenant IS NULL THEN
    RETURN;
  END IF;
  EXECUTE $sql$
    SELECT coalesce(array_agg(a."id"), '{}') FROM (
      SELECT a."id" FROM "Account" a
      WHERE a."tenantId" = $1 AND a."deletedAt" IS NULL AND ($3 IS NULL OR a."ownerId" = ANY ($3))
        AND a."search" @@ (websearch_to_tsquery('russian', $2) || websearch_to_tsquery('english', $2))
        AND ($4 IS NULL OR ts_filter(a."search", string_to_array($4, NULL)::"char"[])
               @@ (websearch_to_tsquery('russian', $2) || websearch_to_tsquery('english', $2)))
      LIMIT 200) a
  $sql$ INTO candidates USING tenant, q, owner_ids, weights;
  IF fuzzy AND cardinality(candidates) < max_rows THEN
    typo := crm_search_typo_query(tenant, 'account', q);
    IF typo IS NOT NULL THEN
      EXECUTE $sql$
        SELECT coalesce(array_agg(a."id"), '{}') FROM (
          SELECT a."id" FROM "Account" a
          WHERE a."tenantId" = $1 AND a."deletedAt" IS NULL AND ($3 IS NULL OR a."ownerId" = ANY ($3))
            AND a."search" @@ $2
            AND ($4 IS NULL OR ts_filter(a."search", string_to_array($4, NULL)::"char"[]) @@ $2)
          LIMIT 200) a
      $sql$ INTO more USING tenant, typo, owner_ids, weights;
      candidates := candidates || more;
    END IF;
  END IF;
  IF tax_id IS NOT NULL THEN
    EXECUTE $sql$
      SELECT coalesce(array_agg(a."id"), '{}') FROM "Account" a
      WHERE a."tenantId" = $1 AND a."taxId" = $2 AND a."deletedAt" IS NULL AND ($3 IS NULL OR a."ownerId" = ANY ($3))
    $sql$ INTO exact USING tenant, tax_id, owner_ids;
    candidates := candidates || exact;
  END IF;
  RETURN QUERY EXECUTE $sql$
    SELECT a."id",
      (ts_rank(CASE WHEN $4 IS NULL THEN a."search" ELSE ts_filter(a."search", string_to_array($4, NULL)::"char"[]) END,
               websearch_to_tsquery('russian', $2) || websearch_to_tsquery('english', $2))
        + CASE WHEN $5 THEN strict_word_similarity($2, a."name") ELSE 0 END
        + CASE WHEN a."id" = ANY ($6) THEN 1 ELSE 0 END)::real AS score
    FROM "Account" a
    WHERE a."tenantId" = $1 AND a."id" = ANY ($3)
    ORDER BY score DESC, a."id"
    LIMIT $7
  $sql$ USING tenant, q, candidates, weights, fuzzy, exact, max_rows;
END
$fn$;

CREATE OR REPLACE FUNCTION crm_search_deals(q text, owner_ids uuid[], fuzzy boolean, max_rows integer)
  RETURNS TABLE ("id" uuid, "score" real)
  LANGUAGE plpgsql STABLE SECURITY DEFINER
  SET search_path = public
  SET enable_seqscan = off
AS $fn$
DECLARE
  tenant uuid := crm_current_tenant();
  candidates uuid[];
  more uuid[];
  typo tsquery;
BEGIN
  IF tenant IS NULL THEN
    RETURN;
  END IF;
  EXECUTE $sql$
    SELECT coalesce(array_agg(d."id"), '{}') FROM (
      SELECT d."id" FROM "Deal" d
      WHERE d."tenantId" = $1 AND d."deletedAt" IS NULL AND ($3 IS NULL OR d."ownerId" = ANY ($3))
        AND d."search" @@ (websearch_to_tsquery('russian', $2) || websearch_to_tsquery('english', $2))
      LIMIT 200) d
  $sql$ INTO candidates USING tenant, q, owner_ids;
  IF fuzzy AND cardinality(candidates) < max_rows THEN
    typo := crm_search_typo_query(tenant, 'deal', q);
    IF typo IS NOT NULL THEN
      EXECUTE $sql$
        SELECT coalesce(array_agg(d."id"), '{}') FROM (
          SELECT d."id" FROM "Deal" d
          WHERE d."tenantId" = $1 AND d."deletedAt" IS NULL AND ($3 IS NULL OR d."ownerId" = ANY ($3))
            AND d."search" @@ $2
          LIMIT 200) d
      $sql$ INTO more USING tenant, typo, owner_ids;
      candidates := candidates || more;
    END IF;
  END IF;
  RETURN QUERY EXECUTE $sql$
    SELECT d."id",
      (ts_rank(d."search", websearch_to_tsquery('russian', $2) || websearch_to_tsquery('english', $2))
        + CASE WHEN $4 THEN strict_word_similarity($2, d."title") ELSE 0 END)::real AS score
    FROM "Deal" d
    WHERE d."tenantId" = $1 AND d."id" = ANY ($3)
    ORDER BY score DESC, d."id"
    LIMIT $5
  $sql$ USING tenant, q, candidates, fuzzy, max_rows;
END
$fn$;
