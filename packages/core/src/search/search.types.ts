import type { TenantContext } from '../records/context.js';

/** One hit of the global search, as the actor may see it. */
export interface SearchItem {
  /** The source's record type, e.g. `contact`; a plugin's types carry its prefix. */
  type: string;
  id: string;
  title: string;
  subtitle: string | null;
  /** Higher is better; comparable across the sources of one response. */
  score: number;
}

export interface SearchQuery {
  /** The user's text, trimmed (1–200 characters, no control characters). */
  text: string;
  /** At most this many items from the source, best first. */
  limit: number;
}

/**
 * One kind of record the global search finds. The core provides contacts, accounts and deals;
 * a plugin adds its own through `searchRegistry`. A source returns only records of the actor's
 * tenant that the actor may read (not deleted), never more than `query.limit`, each with the
 * source's `type`; it shows and matches only fields the actor may see.
 */
export interface SearchSource {
  /** Unique across the registry: the `type` of every item of this source. */
  type: string;
  search(ctx: TenantContext, query: SearchQuery): Promise<SearchItem[]>;
}
