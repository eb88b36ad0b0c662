import { Alert, Button, Code, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { canAdminister } from '../../../app/abilities.js';
import { ErrorState, PageLoader } from '../../../app/route-states.js';
import { useSession } from '../../../app/session.js';
import { trpc } from '../../../app/trpc.js';
import { useFormat } from '../../../lib/format.js';
import { isFinal, RunStatusBadge, useWaitingText } from './run-status.js';

const stepStatuses = [
  'started',
  'waiting',
  'completed',
  'failed',
  'skipped',
  'escalated',
  'cancelled',
] as const;
const isStepStatus = (status: string): status is (typeof stepStatuses)[number] =>
  (stepStatuses as readonly string[]).includes(status);

/** One run: status, current step, what it waits for, next timer, the step log; admins may cancel it. */
export function RunDetailView({ runId, follow = true }: { runId: string; follow?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const waiting = useWaitingText();
  const queryClient = useQueryClient();
  const admin = canAdminister(useSession().rules);
  const run = useQuery({
    ...trpc.workflowRuns.get.queryOptions({ id: runId }),
    refetchInterval: (query) =>
      follow && query.state.data && isFinal(query.state.data.status) ? false : 1500,
  });
  const cancel = useMutation(
    trpc.workflowRuns.cancel.mutationOptions({
      onSuccess: async () => {
        notifications.show({ message: t('wf.runs.cancelled') });
        await queryClient.invalidateQueries({ queryKey: trpc.workflowRuns.pathKey() });
      },
      onError: (error) => notifications.show({ color: 'red', message: error.message }),
    }),
  );
  if (run.isPending) return <PageLoader />;
  if (run.isError) return <ErrorState error={run.error} onRetry={() => void run.refetch()} />;
  const data = run.data;
  return (
    <Stack gap="sm" data-testid="wf-run-detail">
      <Group justify="space-between">
        <Title order={2} size="h4">
          {data.workflowName} · v{data.version}
        </Title>
        <RunStatusBadge status={data.status} />
      </Group>
      <Table withTableBorder variant="vertical">
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={180}>{t('wf.runs.currentStep')}</Table.Th>
            <Table.Td data-testid="wf-run-current-step">{data.currentStepId ?? '—'}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('wf.runs.waitingFor')}</Table.Th>
            <Table.Td data-testid="wf-run-waiting">{waiting(data.waitingFor)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('wf.runs.nextTimer')}</Table.Th>
            <Table.Td>{data.nextTimerAt ? format.dateTime(data.nextTimerAt) : '—'}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('wf.runs.started')}</Table.Th>
            <Table.Td>{format.dateTime(data.createdAt)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('wf.runs.finished')}</Table.Th>
            <Table.Td>{data.finishedAt ? format.dateTime(data.finishedAt) : '—'}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {data.error && (
        <Alert color="red" title={t('wf.runs.error')}>
          {data.error}
        </Alert>
      )}
      <Title order={3} size="h5">
        {t('wf.runs.stepLog')}
      </Title>
      <Table.ScrollContainer minWidth={560}>
        <Table withTableBorder striped data-testid="wf-run-steps">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>#</Table.Th>
              <Table.Th>{t('wf.runs.step')}</Table.Th>
              <Table.Th>{t('wf.runs.status')}</Table.Th>
              <Table.Th>{t('wf.runs.started')}</Table.Th>
              <Table.Th>{t('wf.runs.finished')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.steps.map((step) => (
              <Table.Tr key={step.seq}>
                <Table.Td>{step.seq}</Table.Td>
                <Table.Td>
                  <Text size="sm">{step.stepId}</Text>
                  <Code>{step.kind}</Code>
                  {step.error && (
                    <Text size="xs" c="red">
                      {step.error}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {isStepStatus(step.status) ? t(`wf.stepStatus.${step.status}`) : step.status}
                </Table.Td>
                <Table.Td>{format.dateTime(step.startedAt)}</Table.Td>
                <Table.Td>{step.finishedAt ? format.dateTime(step.finishedAt) : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {admin && !isFinal(data.status) && (
        <Group>
          <Button
            color="red"
            variant="light"
            loading={cancel.isPending}
            onClick={() => cancel.mutate({ id: runId })}
          >
            {t('wf.runs.cancel')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
