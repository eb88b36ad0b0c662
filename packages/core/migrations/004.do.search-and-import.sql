-- Global search and CSV import.
--
-- Search. Row-level security keeps a query's own conditions from being used as index conditions
-- unless their operators are LEAKPROOF, and none of the text-search operators are (@@, <%, @>,
-- ILIKE): as crm_app every full-text or trigram search over a tenant table was a sequential scan
-- (measured: 0.1-0.9 s at 400k contacts). The candidate lookups therefore run in SECURITY DEFINER
-- functions owned by crm_system, which filter by crm_current_tenant() themselves and return only
-- ids and scores; the application then reads those records through RLS and the actor's CASL
-- scope. The GIN indexes lead with "tenantId" (btree_gin) so a tenant's matches are found without
-- visiting other tenants' rows, and carry "ownerId" so an own- or team-scoped search narrows by
-- owner inside the index (GIN columns are independent: a search without an owner condition costs
-- the same as on ("tenantId", ...) alone, measured).

CREATE EXTENSION IF NOT EXISTS btree_gin;

DROP INDEX "Contact_search_idx";
CREATE INDEX "Contact_search_idx" ON "Contact" USING gin ("tenantId", "ownerId", "search");
DROP INDEX "Contact_fullName_trgm_idx";
CREATE INDEX "Contact_fullName_trgm_idx" ON "Contact" USING gin ("tenantId", "ownerId", "fullName" gin_trgm_ops);
DROP INDEX "Account_search_idx";
CREATE INDEX "Account_search_idx" ON "Account" USING gin ("tenantId", "ownerId", "search");
DROP INDEX "Account_name_trgm_idx";
CREATE INDEX "Account_name_trgm_idx" ON "Account" USING gin ("tenantId", "ownerId", "name" gin_trgm_ops);
DROP INDEX "Deal_search_idx";
CREATE INDEX "Deal_search_idx" ON "Deal" USING gin ("tenantId", "ownerId", "search");
DROP INDEX "Deal_title_trgm_idx";
CREATE INDEX "Deal_title_trgm_idx" ON "Deal" USING gin ("tenantId", "ownerId", "title" gin_trgm_ops);

-- Every search function has the same contract:
--   q          the user's text (websearch syntax for the full-text part);
--   owner_ids  NULL for every record, else only records owned by one of these users (the CASL scope);
--   weights    NULL for the whole "search" vector, else the tsvector weights (e.g. 'ac') the actor may
--              match on: fields hidden from the actor are not searched;
--   fuzzy      whether the trigram (typo-tolerant) match on the title may run;
--   max_rows   how many ids to return, best first.
-- Candidates first, each lookup capped and unordered so a very common term never ranks all its
-- matches: up to 200 full-text matches; up to 200 trigram matches, looked up only when full text
-- found fewer than max_rows (the trigram index is the costly one, and typos, prefixes and other
-- word forms are what full text misses); exact e-mail / phone / tax id matches (keys, few).
-- Then only the candidates are ranked:
--   score = ts_rank (names weigh most) + strict_word_similarity to the title + 1 for an exact match.
-- Each lookup is an EXECUTE ... USING, planned for the actual values (the planner sees the real
-- tsquery, and the NULL-or-not parameters fold away).

CREATE FUNCTION crm_search_contacts(q text, owner_ids uuid[], weights text, fuzzy boolean,
                                    match_emails boolean, match_phones boolean, max_rows integer)
  RETURNS TABLE ("id" uuid, "score" real)
  LANGUAGE plpgsql STABLE SECURITY DEFINER
  SET search_path = public
  SET pg_trgm.word_similarity_threshold = 0.5
AS $fn$
DECLARE
  tenant uuid := crm_current_tenant();
  candidates uuid[];
  more uuid[];
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
    EXECUTE $sql$
      SELECT coalesce(array_agg(c."id"), '{}') FROM (
        SELECT c."id" FROM "Contact" c
        WHERE c."tenantId" = $1 AND c."deletedAt" IS NULL AND ($3 IS NULL OR c."ownerId" = ANY ($3))
          AND $2 <% c."fullName"
        LIMIT 200) c
    $sql$ INTO more USING tenant, q, owner_ids;
    candidates := candidates || more;
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

CREATE FUNCTION crm_search_accounts(q text, tax_id text, owner_ids uuid[], weights text, fuzzy boolean,
                                    max_rows integer)
  RETURNS TABLE ("id" uuid, "score" real)
  LANGUAGE plpgsql STABLE SECURITY DEFINER
  SET search_path = public
  SET pg_trgm.word_similarity_threshold = 0.5
AS $fn$
DECLARE
  tenant uuid := crm_current_tenant();
  candidates uuid[];
  more uuid[];
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
    EXECUTE $sql$
      SELECT coalesce(array_agg(a."id"), '{}') FROM (
        SELECT a."id" FROM "Account" a
        WHERE a."tenantId" = $1 AND a."deletedAt" IS NULL AND ($3 IS NULL OR a."ownerId" = ANY ($3))
          AND $2 <% a."name"
        LIMIT 200) a
    $sql$ INTO more USING tenant, q, owner_ids;
    candidates := candidates || more;
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

CREATE FUNCTION crm_search_deals(q text, owner_ids uuid[], fuzzy boolean, max_rows integer)
  RETURNS TABLE ("id" uuid, "score" real)
  LANGUAGE plpgsql STABLE SECURITY DEFINER
  SET search_path = public
  SET pg_trgm.word_similarity_threshold = 0.5
AS $fn$
DECLARE
  tenant uuid := crm_current_tenant();
  candidates uuid[];
  more uuid[];
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
    EXECUTE $sql$
      SELECT coalesce(array_agg(d."id"), '{}') FROM (
        SELECT d."id" FROM "Deal" d
        WHERE d."tenantId" = $1 AND d."deletedAt" IS NULL AND ($3 IS NULL OR d."ownerId" = ANY ($3))
          AND $2 <% d."title"
        LIMIT 200) d
    $sql$ INTO more USING tenant, q, owner_ids;
    candidates := candidates || more;
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

ALTER FUNCTION crm_search_contacts(text, uuid[], text, boolean, boolean, boolean, integer) OWNER TO crm_system;
ALTER FUNCTION crm_search_accounts(text, text, uuid[], text, boolean, integer) OWNER TO crm_system;
ALTER FUNCTION crm_search_deals(text, uuid[], boolean, integer) OWNER TO crm_system;
REVOKE ALL ON FUNCTION crm_search_contacts(text, uuid[], text, boolean, boolean, boolean, integer),
  crm_search_accounts(text, text, uuid[], text, boolean, integer),
  crm_search_deals(text, uuid[], boolean, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION crm_search_contacts(text, uuid[], text, boolean, boolean, boolean, integer),
  crm_search_accounts(text, text, uuid[], text, boolean, integer),
  crm_search_deals(text, uuid[], boolean, integer) TO crm_app;

-- Import: the options the import was started with, skipped rows (duplicates under mode `skip`),
-- and when it started and last reported progress (a running import whose "updatedAt" stops moving
-- has lost its worker).
ALTER TABLE "Import"
  ADD COLUMN "options"     jsonb NOT NULL DEFAULT '{}'::jsonb,
  ADD COLUMN "skippedRows" integer NOT NULL DEFAULT 0,
  ADD COLUMN "startedAt"   timestamptz,
  ADD COLUMN "updatedAt"   timestamptz NOT NULL DEFAULT now();
