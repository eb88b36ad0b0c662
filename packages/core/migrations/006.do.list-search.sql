-- List search: the `search=` filter of the contact, account and deal lists and the contact list's
-- `email=` filter (docs/decisions/search.md, "List search").
--
-- Under row-level security a query's own conditions become index conditions only when their
-- operators are LEAKPROOF, and ILIKE, LIKE and array @> are not: as crm_app these filters were
-- sequential scans of the tenant (measured 0.1-1 s through the API at 1M contacts). As for the
-- global search (migration 004), the matching runs in SECURITY DEFINER functions owned by
-- crm_system, which filter by crm_current_tenant() themselves (the tenant is never a parameter)
-- and return only ids; the application reads the records through RLS, AND-ed with the actor's
-- CASL scope, the list's other filters and an explicit select.
--
-- Each function returns one window of the list: up to max_rows ids of matching records of the
-- current tenant in the list's order (sort_key, then id, both ascending or both descending),
-- strictly after the keyset position (after_value, after_id), or after the current position of
-- record after_id when after_value is NULL (the next window after a window's last id). The order
-- lives here because a common term matches tens of thousands of records: the 50 first of them in
-- list order are found by walking the list's index, which a capped, unordered candidate set cannot
-- do. Each window is one EXECUTE ... USING, planned for the actual values: a rare term is looked up
-- in the trigram indexes, a common one walks the ("tenantId", "updatedAt", "id") index.

-- The digits of each phone number, space-separated: "+7 (900) 123-45-67" -> "79001234567".
-- array_to_string is only STABLE; over text[] it is immutable in fact (as crm_join_text).
CREATE FUNCTION crm_phone_digits(phones text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT array_to_string(ARRAY(SELECT regexp_replace(p, '[^0-9]', '', 'g') FROM unnest(phones) p), ' ') $$;

-- Substrings of e-mails and phone numbers, found inside the tenant's (and owner's) part of the index
-- like the full name (Contact_fullName_trgm_idx, migration 004).
CREATE INDEX "Contact_emails_trgm_idx" ON "Contact"
  USING gin ("tenantId", "ownerId", crm_join_text("emails") gin_trgm_ops);
CREATE INDEX "Contact_phoneDigits_trgm_idx" ON "Contact"
  USING gin ("tenantId", "ownerId", crm_phone_digits("phones") gin_trgm_ops);

-- The keyset condition and ORDER BY of a window over alias c of table tbl, sorted by sort_column
-- (of type sort_type), ties by id. By convention the window query has the tenant in $1, the
-- position's sort value (text) in $6 and its id in $7. Only whitelisted names reach this function.
CREATE FUNCTION crm_list_window(tbl text, sort_column text, sort_type text, descending boolean,
                                by_value boolean, after_id uuid, OUT keyset text, OUT ordering text)
  LANGUAGE plpgsql IMMUTABLE
AS $fn$
DECLARE
  direction text := CASE WHEN descending THEN 'DESC' ELSE 'ASC' END;
  position text;
BEGIN
  ordering := format('c.%1$I %2$s, c."id" %2$s', sort_column, direction);
  IF after_id IS NULL THEN
    keyset := 'true';
    RETURN;
  END IF;
  position := CASE WHEN by_value THEN format('$6::%s', sort_type)
    ELSE format('(SELECT p.%I FROM %I p WHERE p."tenantId" = $1 AND p."id" = $7)', sort_column, tbl) END;
  keyset := format('(c.%I, c."id") %s (%s, $7)', sort_column, CASE WHEN descending THEN '<' ELSE '>' END, position);
END
$fn$;

-- term        the list's search text, literal (no wildcards); NULL for none;
-- email       contacts: the `email=` filter, an exact (lower-case) address; NULL for none;
-- tax_id      accounts: the term as a normalised tax id, matched exactly; NULL when it is none;
-- owner_ids   NULL for every owner, else only records owned by one of these users (the CASL scope,
--             narrowed by the list's `ownerId=` filter);
-- fields      what the term may match, only fields the actor may see: contacts 'name' (substring
--             of the full name), 'email' (substring of an e-mail), 'phone' (the term's digits as a
--             substring of a phone number's digits); accounts 'name', 'taxId';
-- deleted     false: live records; true: the trash (`deleted=only`);
-- sort_key    the list's sort field, one of the list's sortable columns;
-- descending, after_value, after_id, max_rows: the window (see above); at most 10 000 ids.

CREATE FUNCTION crm_list_search_contacts(term text, email text, owner_ids uuid[], fields text[],
                                         deleted boolean, sort_key text, descending boolean,
                                         after_value text, after_id uuid, max_rows integer)
  RETURNS TABLE ("id" uuid)
  LANGUAGE plpgsql STABLE SECURITY DEFINER
  SET search_path = public, pg_temp
AS $fn$
DECLARE
  tenant uuid := crm_current_tenant();
  sort_type text := CASE sort_key WHEN 'updatedAt' THEN 'timestamptz' WHEN 'createdAt' THEN 'timestamptz'
                                  WHEN 'firstName' THEN 'text' END;
  matches text[] := '{}';
  with_email uuid[];
  w record;
BEGIN
  IF tenant IS NULL OR (term IS NULL AND email IS NULL) THEN
    RETURN;
  END IF;
  IF email IS NOT NULL THEN
    -- The few records with this address, first (Contact_emails_idx): the planner cannot estimate
    -- an array @> and would rather walk the whole list. OFFSET 0 keeps the tenant condition out of
    -- the key lookup (see crm_search_contacts, migration 004).
    EXECUTE $sql$
      SELECT coalesce(array_agg(e."id"), '{}') FROM (
        SELECT e."id", e."tenantId" FROM "Contact" e WHERE e."emails" @> ARRAY[$2] OFFSET 0) e
      WHERE e."tenantId" = $1
    $sql$ INTO with_email USING tenant, email;
    IF cardinality(with_email) = 0 THEN
      RETURN;
    END IF;
  END IF;
  IF sort_type IS NULL THEN
    RAISE EXCEPTION 'crm_list_search_contacts: unknown sort key %', sort_key;
  END IF;
  IF term IS NOT NULL THEN
    IF 'name' = ANY (fields) THEN matches := array_append(matches, 'c."fullName" ILIKE $2'); END IF;
    IF 'email' = ANY (fields) THEN matches := array_append(matches, 'crm_join_text(c."emails") ILIKE $2'); END IF;
    IF 'phone' = ANY (fields) AND length(regexp_replace(term, '[^0-9]', '', 'g')) >= 3 THEN
      matches := array_append(matches, 'crm_phone_digits(c."phones") LIKE $3');
    END IF;
    IF cardinality(matches) = 0 THEN
      RETURN;
    END IF;
  END IF;
  SELECT * INTO w FROM crm_list_window('Contact', sort_key, sort_type, descending, after_value IS NOT NULL, after_id);
  RETURN QUERY EXECUTE format($sql$
    SELECT c."id" FROM "Contact" c
    WHERE c."tenantId" = $1 AND c."deletedAt" IS %s AND ($4::uuid[] IS NULL OR c."ownerId" = ANY ($4))
      AND ($5::uuid[] IS NULL OR c."id" = ANY ($5))
      AND (%s) AND %s
    ORDER BY %s
    LIMIT $8
  $sql$, CASE WHEN deleted THEN 'NOT NULL' ELSE 'NULL' END,
         coalesce(array_to_string(nullif(matches, '{}'), ' OR '), 'true'), w.keyset, w.ordering)
  USING tenant,
        '%' || replace(replace(replace(term, '\', '\\'), '%', '\%'), '_', '\_') || '%',
        '%' || regexp_replace(term, '[^0-9]', '', 'g') || '%',
        owner_ids, with_email, after_value, after_id, least(max_rows, 10000);
END
$fn$;

CREATE FUNCTION crm_list_search_accounts(term text, tax_id text, owner_ids uuid[], fields text[],
                                         deleted boolean, sort_key text, descending boolean,
                                         after_value text, after_id uuid, max_rows integer)
  RETURNS TABLE ("id" uuid)
  LANGUAGE plpgsql STABLE SECURITY DEFINER
  SET search_path = public, pg_temp
AS $fn$
DECLARE
  tenant uuid := crm_current_tenant();
  sort_type text := CASE sort_key WHEN 'updatedAt' THEN 'timestamptz' WHEN 'createdAt' THEN 'timestamptz'
                                  WHEN 'name' THEN 'text' END;
  matches text[] := '{}';
  w record;
BEGIN
  IF tenant IS NULL OR term IS NULL THEN
    RETURN;
  END IF;
  IF sort_type IS NULL THEN
    RAISE EXCEPTION 'crm_list_search_accounts: unknown sort key %', sort_key;
  END IF;
  IF 'name' = ANY (fields) THEN matches := array_append(matches, 'c."name" ILIKE $2'); END IF;
  IF 'taxId' = ANY (fields) AND tax_id IS NOT NULL THEN matches := array_append(matches, 'c."taxId" = $3'); END IF;
  IF cardinality(matches) = 0 THEN
    RETURN;
  END IF;
  SELECT * INTO w FROM crm_list_window('Account', sort_key, sort_type, descending, after_value IS NOT NULL, after_id);
  RETURN QUERY EXECUTE format($sql$
    SELECT c."id" FROM "Account" c
    WHERE c."tenantId" = $1 AND c."deletedAt" IS %s AND ($4::uuid[] IS NULL OR c."ownerId" = ANY ($4))
      AND (%s) AND %s
    ORDER BY %s
    LIMIT $8
  $sql$, CASE WHEN deleted THEN 'NOT NULL' ELSE 'NULL' END, array_to_string(matches, ' OR '), w.keyset, w.ordering)
  USING tenant,
        '%' || replace(replace(replace(term, '\', '\\'), '%', '\%'), '_', '\_') || '%',
        tax_id, owner_ids, NULL::uuid[], after_value, after_id, least(max_rows, 10000);
END
$fn$;

-- Deals are matched on the title only; the caller does not call this when the title is hidden.
CREATE FUNCTION crm_list_search_deals(term text, owner_ids uuid[], deleted boolean, sort_key text,
                                      descending boolean, after_value text, after_id uuid, max_rows integer)
  RETURNS TABLE ("id" uuid)
  LANGUAGE plpgsql STABLE SECURITY DEFINER
  SET search_path = public, pg_temp
AS $fn$
DECLARE
  tenant uuid := crm_current_tenant();
  sort_type text := CASE sort_key WHEN 'updatedAt' THEN 'timestamptz' WHEN 'createdAt' THEN 'timestamptz'
                                  WHEN 'stageChangedAt' THEN 'timestamptz' WHEN 'title' THEN 'text' END;
  w record;
BEGIN
  IF tenant IS NULL OR term IS NULL THEN
    RETURN;
  END IF;
  IF sort_type IS NULL THEN
    RAISE EXCEPTION 'crm_list_search_deals: unknown sort key %', sort_key;
  END IF;
  SELECT * INTO w FROM crm_list_window('Deal', sort_key, sort_type, descending, after_value IS NOT NULL, after_id);
  RETURN QUERY EXECUTE format($sql$
    SELECT c."id" FROM "Deal" c
    WHERE c."tenantId" = $1 AND c."deletedAt" IS %s AND ($4::uuid[] IS NULL OR c."ownerId" = ANY ($4))
      AND c."title" ILIKE $2 AND %s
    ORDER BY %s
    LIMIT $8
  $sql$, CASE WHEN deleted THEN 'NOT NULL' ELSE 'NULL' END, w.keyset, w.ordering)
  USING tenant,
        '%' || replace(replace(replace(term, '\', '\\'), '%', '\%'), '_', '\_') || '%',
        NULL::text, owner_ids, NULL::uuid[], after_value, after_id, least(max_rows, 10000);
END
$fn$;

-- The window helper is no API: only the search functions (running as crm_system) call it.
ALTER FUNCTION crm_list_window(text, text, text, boolean, boolean, uuid) OWNER TO crm_system;
REVOKE ALL ON FUNCTION crm_list_window(text, text, text, boolean, boolean, uuid) FROM PUBLIC;
ALTER FUNCTION crm_list_search_contacts(text, text, uuid[], text[], boolean, text, boolean, text, uuid, integer)
  OWNER TO crm_system;
ALTER FUNCTION crm_list_search_accounts(text, text, uuid[], text[], boolean, text, boolean, text, uuid, integer)
  OWNER TO crm_system;
ALTER FUNCTION crm_list_search_deals(text, uuid[], boolean, text, boolean, text, uuid, integer)
  OWNER TO crm_system;
REVOKE ALL ON FUNCTION
  crm_list_search_contacts(text, text, uuid[], text[], boolean, text, boolean, text, uuid, integer),
  crm_list_search_accounts(text, text, uuid[], text[], boolean, text, boolean, text, uuid, integer),
  crm_list_search_deals(text, uuid[], boolean, text, boolean, text, uuid, integer)
  FROM PUBLIC;
GRANT EXECUTE ON FUNCTION
  crm_list_search_contacts(text, text, uuid[], text[], boolean, text, boolean, text, uuid, integer),
  crm_list_search_accounts(text, text, uuid[], text[], boolean, text, boolean, text, uuid, integer),
  crm_list_search_deals(text, uuid[], boolean, text, boolean, text, uuid, integer)
  TO crm_app;
