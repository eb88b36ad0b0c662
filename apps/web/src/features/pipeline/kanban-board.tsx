import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { AnchorLink } from '../../lib/links.js';
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueries, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Deal, Pipeline } from '../../app/api-types.js';
import { trpc, trpcClient } from '../../app/trpc.js';
import { useErrorText } from '../../lib/server-errors.js';
import { useFormat } from '../../lib/format.js';
import { StageTotals, type StageSummary } from './stage-totals.js';

type Stage = Pipeline['stages'][number];
type Page = { items: Deal[]; nextCursor: string | null };

const columnInput = (pipelineId: string, stageId: string) => ({
  pipelineId,
  stageId,
  limit: '100',
  sort: '-stageChangedAt',
});

/**
 * Deals by stage. Dropping a card on another stage moves it at once (optimistic), then saves with the
 * deal's version; a refusal (stale version, stage rules, no permission) puts the card back.
 */
export function KanbanBoard({ pipeline, summary }: { pipeline: Pipeline; summary: StageSummary[] }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor),
  );
  const stages = [...pipeline.stages].sort((a, b) => a.position - b.position);
  const keyOf = (stageId: string) => trpc.deals.list.queryOptions(columnInput(pipeline.id, stageId)).queryKey;
  const columns = useQueries({
    queries: stages.map((stage) => trpc.deals.list.queryOptions(columnInput(pipeline.id, stage.id))),
  });

  const move = useMutation({
    mutationFn: ({ deal, toStageId }: { deal: Deal; toStageId: string }) =>
      trpcClient.deals.update.mutate({ id: deal.id, stageId: toStageId, expectedVersion: deal.version }),
    onMutate: async ({ deal, toStageId }) => {
      const from = keyOf(deal.stageId);
      const to = keyOf(toStageId);
      await queryClient.cancelQueries({ queryKey: from });
      await queryClient.cancelQueries({ queryKey: to });
      const before = { from: queryClient.getQueryData<Page>(from), to: queryClient.getQueryData<Page>(to) };
      queryClient.setQueryData<Page>(from, (page) =>
        page ? { ...page, items: page.items.filter((item) => item.id !== deal.id) } : page,
      );
      queryClient.setQueryData<Page>(to, (page) =>
        page ? { ...page, items: [{ ...deal, stageId: toStageId }, ...page.items] } : page,
      );
      return { before, from, to };
    },
    onError: (error, _variables, context) => {
      if (context) {
        queryClient.setQueryData(context.from, context.before.from);
        queryClient.setQueryData(context.to, context.before.to);
      }
      notifications.show({
        color: 'red',
        message: t('pipeline.moveFailed', { message: errorText(error) }),
      });
    },
    onSuccess: (_deal, { toStageId }) => {
      const stage = stages.find((candidate) => candidate.id === toStageId);
      notifications.show({ color: 'green', message: t('pipeline.moved', { stage: stage?.name ?? '' }) });
    },
    onSettled: async (_data, _error, { deal, toStageId }) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: keyOf(deal.stageId) }),
        queryClient.invalidateQueries({ queryKey: keyOf(toStageId) }),
        queryClient.invalidateQueries({ queryKey: trpc.pipelines.summary.queryKey() }),
        queryClient.invalidateQueries({ queryKey: ['timeline', 'deal', deal.id] }),
      ]);
    },
  });

  const onDragEnd = (event: DragEndEvent) => {
    const deal = columns
      .flatMap((column) => column.data?.items ?? [])
      .find((item) => item.id === event.active.id);
    const toStageId = event.over?.id;
    if (!deal || typeof toStageId !== 'string' || toStageId === deal.stageId) return;
    move.mutate({ deal, toStageId });
  };

  return (
    <DndContext sensors={sensors} onDragEnd={onDragEnd}>
      <Text size="xs" c="dimmed" mb="xs">
        {t('pipeline.dragHint')}
      </Text>
      {/* Focusable so that keyboard users can scroll the board sideways. */}
      <div className="kanban-board" tabIndex={0} role="region" aria-label={pipeline.name}>
        <Group align="stretch" wrap="nowrap" gap="sm" data-testid="kanban">
          {stages.map((stage, index) => (
            <Column
              key={stage.id}
              stage={stage}
              deals={columns[index]?.data?.items ?? []}
              summary={summary.find((item) => item.stageId === stage.id)}
            />
          ))}
        </Group>
      </div>
    </DndContext>
  );
}

function Column({
  stage,
  deals,
  summary,
}: {
  stage: Stage;
  deals: Deal[];
  summary: StageSummary | undefined;
}) {
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: stage.id });
  return (
    <section
      ref={setNodeRef}
      className="kanban-column"
      data-over={isOver}
      data-testid={`stage-${stage.name}`}
      aria-label={stage.name}
    >
      <Stack gap={2}>
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600} size="sm">
            {stage.name}
          </Text>
          <Badge variant="light" size="sm">
            {stage.probability}%
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {t('pipeline.deals', { count: summary?.count ?? deals.length })}
        </Text>
        <StageTotals stage={summary} />
      </Stack>
      {deals.map((deal) => (
        <DealCard key={deal.id} deal={deal} />
      ))}
    </section>
  );
}

function DealCard({ deal }: { deal: Deal }) {
  const format = useFormat();
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: deal.id });
  return (
    <Paper
      ref={setNodeRef}
      withBorder
      p="xs"
      shadow={isDragging ? 'md' : undefined}
      style={{
        transform: transform ? `translate3d(${transform.x}px, ${transform.y}px, 0)` : undefined,
        zIndex: isDragging ? 10 : undefined,
        cursor: 'grab',
      }}
      data-testid="deal-card"
      {...attributes}
      {...listeners}
    >
      <AnchorLink to="/deals/$id" params={{ id: deal.id }} size="sm" fw={500}>
        {deal.title}
      </AnchorLink>
      <Text size="xs" c="dimmed">
        {format.money(deal.amount, deal.currency)}
      </Text>
    </Paper>
  );
}
