import { Button, Drawer, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../../app/trpc.js';
import { useFormat } from '../../../lib/format.js';
import { RunDetailView } from './run-detail.js';
import { isFinal, RunStatusBadge, useWaitingText } from './run-status.js';

/**
 * Runs of a workflow or of a record, newest first: status, current step, what it waits for, next
 * timer; refreshed while any is still going; a run's details open in a drawer.
 */
export function RunList({ workflowId, recordId }: { workflowId?: string; recordId?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const waiting = useWaitingText();
  const [open, setOpen] = useState<string | null>(null);
  const runs = useQuery({
    ...trpc.workflowRuns.list.queryOptions({
      limit: 50,
      ...(workflowId ? { workflowId } : {}),
      ...(recordId ? { recordId } : {}),
    }),
    refetchInterval: (query) => (query.state.data?.items.some((run) => !isFinal(run.status)) ? 2000 : 15_000),
    refetchOnWindowFocus: true,
  });
  const items = runs.data?.items ?? [];
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t('wf.runs.title')}
      </Title>
      {runs.isSuccess && items.length === 0 ? (
        <Text c="dimmed">{t('wf.runs.empty')}</Text>
      ) : (
        <Table striped withTableBorder data-testid="wf-runs">
          <Table.Thead>
            <Table.Tr>
              {!workflowId && <Table.Th>{t('wf.runs.workflow')}</Table.Th>}
              <Table.Th>{t('wf.runs.status')}</Table.Th>
              <Table.Th>{t('wf.runs.currentStep')}</Table.Th>
              <Table.Th>{t('wf.runs.waitingFor')}</Table.Th>
              <Table.Th>{t('wf.runs.nextTimer')}</Table.Th>
              <Table.Th>{t('wf.runs.started')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((run) => (
              <Table.Tr key={run.id} data-testid="wf-run-row">
                {!workflowId && (
                  <Table.Td>
                    {run.workflowName} · v{run.version}
                  </Table.Td>
                )}
                <Table.Td>
                  <RunStatusBadge status={run.status} />
                </Table.Td>
                <Table.Td>{run.currentStepId ?? '—'}</Table.Td>
                <Table.Td>{waiting(run.waitingFor)}</Table.Td>
                <Table.Td>{run.nextTimerAt ? format.dateTime(run.nextTimerAt) : '—'}</Table.Td>
                <Table.Td>{format.dateTime(run.createdAt)}</Table.Td>
                <Table.Td>
                  <Button size="xs" variant="subtle" onClick={() => setOpen(run.id)}>
                    {t('wf.runs.open')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Drawer
        opened={open !== null}
        onClose={() => setOpen(null)}
        position="right"
        size="xl"
        title={t('wf.runs.detail')}
      >
        {open && <RunDetailView runId={open} />}
      </Drawer>
    </Stack>
  );
}
