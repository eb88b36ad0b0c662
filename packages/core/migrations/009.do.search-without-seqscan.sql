-- The planner cannot estimate how many rows a search term matches and, for a big tenant, often picks
-- a sequential scan that stops after LIMIT rows: fast for common terms, but a term with few or no
-- matches then reads the whole table (about 220 ms at 1M contacts, measured). Inside the candidate
-- functions the GIN indexes are always the right access path, so sequential scans are ruled out there.
ALTER FUNCTION crm_search_contacts(text, uuid[], text, boolean, boolean, boolean, integer) SET enable_seqscan = off;
ALTER FUNCTION crm_search_accounts(text, text, uuid[], text, boolean, integer) SET enable_seqscan = off;
ALTER FUNCTION crm_search_deals(text, uuid[], boolean, integer) SET enable_seqscan = off;
