import { Button, Group, Modal, SegmentedControl, Select, Stack, Table, Text, Title } from '@mantine/core';
import { AnchorLink } from '../../lib/links.js';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Pipeline } from '../../app/api-types.js';
import { ErrorState, PageLoader } from '../../app/route-states.js';
import { trpc } from '../../app/trpc.js';
import { useFormat } from '../../lib/format.js';
import { CreateDealForm } from '../deals/create-deal-form.js';
import { KanbanBoard } from './kanban-board.js';
import { StageTotals } from './stage-totals.js';
import { usePipelines } from './use-pipelines.js';

export function PipelinePage() {
  const { t } = useTranslation();
  const search = useSearch({ from: '/app/pipeline' });
  const navigate = useNavigate({ from: '/pipeline' });
  const [creating, { open, close }] = useDisclosure();
  const { query, items, current } = usePipelines(search.pipelineId);
  const summary = useQuery({
    ...trpc.pipelines.summary.queryOptions({ id: current?.id ?? '' }),
    enabled: Boolean(current),
  });
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!current) return <Text c="dimmed">{t('pipeline.noPipeline')}</Text>;
  const view = search.view ?? 'board';
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('pipeline.title')}
        </Title>
        <Group>
          <Select
            aria-label={t('pipeline.choose')}
            w={220}
            allowDeselect={false}
            value={current.id}
            data={items.map((pipeline) => ({ value: pipeline.id, label: pipeline.name }))}
            onChange={(pipelineId) =>
              void navigate({ search: { ...search, pipelineId: pipelineId ?? undefined } })
            }
            data-testid="pipeline-select"
          />
          <SegmentedControl
            aria-label={t('pipeline.title')}
            value={view}
            data={[
              { value: 'board', label: t('pipeline.kanban') },
              { value: 'table', label: t('pipeline.table') },
            ]}
            onChange={(value) =>
              void navigate({ search: { ...search, view: value === 'table' ? 'table' : undefined } })
            }
          />
          <Button onClick={open} data-testid="new-deal">
            {t('pipeline.newDeal')}
          </Button>
        </Group>
      </Group>
      {view === 'board' ? (
        <KanbanBoard pipeline={current} summary={summary.data?.stages ?? []} />
      ) : (
        <PipelineTable pipeline={current} />
      )}
      <Modal opened={creating} onClose={close} title={t('pipeline.newDeal')}>
        <CreateDealForm pipeline={current} onDone={close} />
      </Modal>
    </Stack>
  );
}

/** The same deals as a table: stage by stage, with each stage's totals. */
function PipelineTable({ pipeline }: { pipeline: Pipeline }) {
  const { t } = useTranslation();
  const format = useFormat();
  const deals = useQuery(
    trpc.deals.list.queryOptions({ pipelineId: pipeline.id, limit: '200', sort: '-updatedAt' }),
  );
  const summary = useQuery(trpc.pipelines.summary.queryOptions({ id: pipeline.id }));
  const stageName = new Map(pipeline.stages.map((stage) => [stage.id, stage.name]));
  return (
    <Stack>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('fields.stage')}</Table.Th>
            <Table.Th>{t('record.deals')}</Table.Th>
            <Table.Th>{t('pipeline.total')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(summary.data?.stages ?? []).map((stage) => (
            <Table.Tr key={stage.stageId}>
              <Table.Td>{stage.name}</Table.Td>
              <Table.Td>{format.number(stage.count)}</Table.Td>
              <Table.Td>
                <StageTotals stage={stage} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Table striped highlightOnHover withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('fields.title')}</Table.Th>
            <Table.Th>{t('fields.stage')}</Table.Th>
            <Table.Th>{t('fields.amount')}</Table.Th>
            <Table.Th>{t('fields.expectedCloseDate')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(deals.data?.items ?? []).map((deal) => (
            <Table.Tr key={deal.id}>
              <Table.Td>
                <AnchorLink to="/deals/$id" params={{ id: deal.id }}>
                  {deal.title}
                </AnchorLink>
              </Table.Td>
              <Table.Td>{stageName.get(deal.stageId) ?? '—'}</Table.Td>
              <Table.Td>{format.money(deal.amount, deal.currency)}</Table.Td>
              <Table.Td>{format.date(deal.expectedCloseDate)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
