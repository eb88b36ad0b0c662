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
  pipelineSelect,
  pipelineSortFields,
  presentPipeline,
  type ListPipelinesInput,
  type PipelineOutput,
} from './pipeline.schema.js';

const knownParams = ['limit', 'cursor', 'search', 'sort'] as const;

/** The tenant's live pipelines with their stages, by position unless sorted otherwise. */
export async function listPipelines(
  ctx: TenantContext,
  input: ListPipelinesInput,
): Promise<ListPage<PipelineOutput>> {
  authorize(ctx.ability, 'read', 'Pipeline');
  const { extra } = splitListInput(input, knownParams);
  // Pipelines have no custom fields: any further parameter is rejected by name.
  customFieldFilters(extra, null);
  const sort = parseSort(input.sort, pipelineSortFields, { field: 'position', direction: 'asc' });
  const page = keysetPage(sort, input.cursor);
  const filters: object[] = [{ tenantId: ctx.actor.tenantId, deletedAt: null }, page.where];
  if (input.search) filters.push({ name: { contains: input.search, mode: 'insensitive' } });
  const rows = await ctx.db.pipeline.findMany({
    where: { AND: filters },
    orderBy: page.orderBy,
    take: input.limit + 1,
    select: pipelineSelect,
  });
  return toPage(rows, input.limit, (row) => row[sort.field], presentPipeline);
}
