import { authorize } from '../authz/index.js';
import type { TenantContext } from '../records/context.js';
import {
  customFieldFilters,
  keysetPage,
  parseSort,
  splitListInput,
  toPage,
  type ListPage,
} from '../records/list-input.js';
import { tagSelect, tagSortFields, type ListTagsInput, type TagOutput } from './tag.schema.js';

const knownParams = ['limit', 'cursor', 'search', 'sort'] as const;

export async function listTags(ctx: TenantContext, input: ListTagsInput): Promise<ListPage<TagOutput>> {
  authorize(ctx.ability, 'read', 'Tag');
  const { extra } = splitListInput(input, knownParams);
  // Tags have no custom fields: any further parameter is rejected by name.
  customFieldFilters(extra, null);
  const sort = parseSort(input.sort, tagSortFields, { field: 'name', direction: 'asc' });
  const page = keysetPage(sort, input.cursor);
  const filters: object[] = [{ tenantId: ctx.actor.tenantId }, page.where];
  if (input.search) filters.push({ name: { contains: input.search, mode: 'insensitive' } });
  const rows = await ctx.db.tag.findMany({
    where: { AND: filters },
    orderBy: page.orderBy,
    take: input.limit + 1,
    select: tagSelect,
  });
  return toPage(
    rows,
    input.limit,
    (row) => row[sort.field],
    (row) => row,
  );
}
