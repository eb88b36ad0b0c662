import { useInfiniteQuery } from '@tanstack/react-query';
import type { ListParams, ListRow, RecordListConfig } from './record-list.types.js';

/** Pages of a list, by cursor; the key holds the params so each filter combination caches apart. */
export function useRecordPages<T extends ListRow>(config: RecordListConfig<T>, params: ListParams) {
  return useInfiniteQuery({
    queryKey: ['list', config.objectType, params],
    queryFn: ({ pageParam }) => config.fetchPage(params, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** The query string of a list's params, as the REST export takes them. */
export function toQueryString(params: ListParams): string {
  const query = new URLSearchParams();
  if (params.search) query.set('search', params.search);
  if (params.sort) query.set('sort', params.sort);
  if (params.ownerId) query.set('ownerId', params.ownerId);
  for (const [key, value] of Object.entries(params.filters)) if (value) query.set(key, value);
  return query.toString();
}

/** The params as a tRPC list input: the fixed ones plus each filter as its own key. */
export function toListInput(params: ListParams, cursor: string | undefined, limit = 100) {
  return {
    // The list inputs take free-form filter keys (string values); the server coerces the page size.
    limit: String(limit),
    ...(cursor ? { cursor } : {}),
    ...(params.search ? { search: params.search } : {}),
    ...(params.sort ? { sort: params.sort } : {}),
    ...(params.ownerId ? { ownerId: params.ownerId } : {}),
    ...Object.fromEntries(Object.entries(params.filters).filter(([, value]) => value !== '')),
  };
}
