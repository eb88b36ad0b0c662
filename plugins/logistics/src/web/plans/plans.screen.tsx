import { Alert, Button, Group, Progress, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import {
  EmptyState,
  ErrorState,
  keepPreviousData,
  LoadingState,
  useFormat,
  useQuery,
  useTexts,
} from '@crm/ui';
import { useState } from 'react';
import { useLogisticsApi } from '../api.js';
import { shipmentTexts } from '../shipments-texts.js';
import { planMetrics, type PlanRow } from '../types.js';
import { SetPlanDialog } from './set-plan-dialog.js';

const today = () => new Date().toISOString().slice(0, 10);
const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Behind when past half the period with less than half of the plan done (the mid-period alert's rule). */
const behind = (row: PlanRow) =>
  row.elapsedPercent >= 50 && row.percent.total !== null && row.percent.total < 50;

/** `/x/logistics/plans`: each manager's plan against actual for the periods containing a day. */
export default function PlansScreen() {
  const t = useTexts(shipmentTexts);
  const f = useFormat();
  const api = useLogisticsApi();
  const [on, setOn] = useState(today);
  const [setting, setSetting] = useState(false);
  const progress = useQuery({
    ...api.plans.progress.queryOptions(isDay(on) ? { on } : {}),
    placeholderData: keepPreviousData,
  });
  const pct = (value: number | null) => (value === null ? '—' : f.percent(value / 100));
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('plan.title')}
        </Title>
        <Button onClick={() => setSetting(true)}>{t('form.setPlan')}</Button>
      </Group>
      <TextInput
        type="date"
        label={t('plan.on')}
        value={on}
        onChange={(e) => setOn(e.currentTarget.value)}
        w={220}
      />
      {progress.isPending ? (
        <LoadingState />
      ) : progress.isError ? (
        <ErrorState error={progress.error} onRetry={() => void progress.refetch()} />
      ) : progress.data.items.length === 0 ? (
        <EmptyState message={t('plan.empty')} />
      ) : (
        <>
          {progress.data.items.filter(behind).map((row) => (
            <Alert key={row.planId} variant="outline" color="red.9" title={row.userName}>
              {t('plan.behind', { percent: pct(row.percent.total), elapsed: pct(row.elapsedPercent) })}
            </Alert>
          ))}
          <Table.ScrollContainer minWidth={980}>
            <Table data-testid="plans-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('plan.manager')}</Table.Th>
                  <Table.Th>{t('plan.period')}</Table.Th>
                  {planMetrics.map((m) => (
                    <Table.Th key={m} ta="right">
                      {t(`metric.${m}`)}
                    </Table.Th>
                  ))}
                  <Table.Th>{t('plan.total')}</Table.Th>
                  <Table.Th>{t('plan.elapsed')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {progress.data.items.map((row) => (
                  <Table.Tr key={row.planId} data-testid={`plan-row-${row.userName}`}>
                    <Table.Td>{row.userName}</Table.Td>
                    <Table.Td>
                      {f.date(row.periodStart)} – {f.date(row.periodEnd)}
                    </Table.Td>
                    {planMetrics.map((m) => (
                      <Table.Td key={m} ta="right">
                        <Text size="sm">{t('plan.cell', { actual: row.actual[m], plan: row.plan[m] })}</Text>
                        <Text size="xs" c="dimmed">
                          {pct(row.percent[m])}
                        </Text>
                      </Table.Td>
                    ))}
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {pct(row.percent.total)}
                      </Text>
                      <Progress
                        value={Math.min(100, row.percent.total ?? 0)}
                        color={behind(row) ? 'orange' : 'teal'}
                        aria-label={t('plan.total')}
                      />
                    </Table.Td>
                    <Table.Td>{pct(row.elapsedPercent)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
      {setting && <SetPlanDialog onClose={() => setSetting(false)} />}
    </Stack>
  );
}
