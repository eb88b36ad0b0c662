import { AppError } from '../errors/index.js';
import type { TenantContext } from '../records/context.js';
import { searchRegistry, type SearchRegistry } from './search-registry.js';
import type { SearchInput, SearchOutput } from './search.schema.js';
import type { SearchItem, SearchSource } from './search.types.js';

const defaultRegistry = searchRegistry();

function selectedSources(registry: SearchRegistry, types: SearchInput['types']): readonly SearchSource[] {
  if (types === undefined) return registry.sources;
  const wanted = (Array.isArray(types) ? types : types.split(','))
    .map((type) => type.trim())
    .filter((type) => type.length > 0);
  const known = new Set(registry.sources.map((source) => source.type));
  const unknown = wanted.filter((type) => !known.has(type));
  if (unknown.length > 0) {
    throw AppError.invalid([
      { field: 'types', message: `unknown type ${unknown.join(', ')}; known: ${[...known].join(', ')}` },
    ]);
  }
  return registry.sources.filter((source) => wanted.includes(source.type));
}

/**
 * The global search: contacts, accounts, deals (and plugins' sources) of the actor's tenant that the
 * actor may read, best first. Each source returns its own best `limit` items; they are merged by
 * score (ties: source order, then id). A source the actor may not read contributes nothing.
 */
export async function searchRecords(
  ctx: TenantContext,
  input: SearchInput,
  registry: SearchRegistry = defaultRegistry,
): Promise<SearchOutput> {
  const sources = selectedSources(registry, input.types);
  const ranked: { item: SearchItem; order: number }[] = [];
  // One after the other: they share the unit of work's single connection anyway.
  for (const [order, source] of sources.entries()) {
    const items = await source.search(ctx, { text: input.q, limit: input.limit });
    if (items.length > input.limit || items.some((item) => item.type !== source.type)) {
      throw new AppError('INTERNAL', `Search source "${source.type}" broke its contract`);
    }
    ranked.push(...items.map((item) => ({ item, order })));
  }
  ranked.sort(
    (x, y) => y.item.score - x.item.score || x.order - y.order || x.item.id.localeCompare(y.item.id),
  );
  return { items: ranked.slice(0, input.limit).map(({ item }) => item) };
}
