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
import {
  definitionSelect,
  definitionSortFields,
  presentDefinition,
  type DefinitionOutput,
  type ListDefinitionsInput,
} from './definition.schema.js';

const knownParams = ['limit', 'cursor', 'search', 'sort', 'objectType', 'archived'] as const;

/** Custom field definitions, by position; everyone who may read them sees the definitions (not values) of sensitive ones. */
export async function listDefinitions(
  ctx: TenantContext,
  input: ListDefinitionsInput,
): Promise<ListPage<DefinitionOutput>> {
  authorize(ctx.ability, 'read', 'CustomField');
  const { extra } = splitListInput(input, knownParams);
  customFieldFilters(extra, null);
  const sort = parseSort(input.sort, definitionSortFields, { field: 'position', direction: 'asc' });
  const page = keysetPage(sort, input.cursor);
  const archived = { exclude: { archivedAt: null }, include: {}, only: { archivedAt: { not: null } } }[
    input.archived
  ];
  const filters: object[] = [{ tenantId: ctx.actor.tenantId }, archived, page.where];
  if (input.objectType) filters.push({ objectType: input.objectType });
  if (input.search) {
    filters.push({
      OR: [
        { key: { contains: input.search, mode: 'insensitive' } },
        { label: { contains: input.search, mode: 'insensitive' } },
      ],
    });
  }
  const rows = await ctx.db.customFieldDefinition.findMany({
    where: { AND: filters },
    orderBy: page.orderBy,
    take: input.limit + 1,
    select: definitionSelect,
  });
  return toPage(
    rows,
    input.limit,
    (row) => row[sort.field],
    (row) => presentDefinition(row, ctx.actor.permissions),
  );
}
