import { useQuery } from '@tanstack/react-query';
import { trpc } from '../../app/trpc.js';

/** The tenant's pipelines and the chosen one (the asked-for id, else the default, else the first). */
export function usePipelines(pipelineId: string | undefined) {
  const pipelines = useQuery(trpc.pipelines.list.queryOptions({ limit: '200', sort: 'position' }));
  const items = pipelines.data?.items ?? [];
  const current =
    items.find((pipeline) => pipeline.id === pipelineId) ??
    items.find((pipeline) => pipeline.isDefault) ??
    items[0];
  return { query: pipelines, items, current };
}
