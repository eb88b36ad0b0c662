import { Paper, SimpleGrid, Stack, Table, Title } from '@mantine/core';
import { EmptyState, ErrorState, LoadingState, useFormat, useQuery, useTexts } from '@crm/ui';
import { useBankApi } from '../api.js';
import { Fact } from '../shared/fact.js';
import { texts } from '../texts.js';
import type { Plan, Snapshot } from '../types.js';

/** `2026-10-01` as the month in the app's language ("October 2026", "октябрь 2026 г."). */
function useMonth() {
  const f = useFormat();
  const format = new Intl.DateTimeFormat(f.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return (period: string) => format.format(new Date(`${period.slice(0, 10)}T00:00:00Z`));
}

function Latest({ snapshot }: { snapshot: Snapshot }) {
  const t = useTexts(texts);
  const f = useFormat();
  const month = useMonth();
  return (
    <Paper withBorder p="sm" data-testid="bank-profitability">
      <SimpleGrid cols={{ base: 2, sm: 3 }}>
        <Fact label={t('profit.latest')}>{month(snapshot.period)}</Fact>
        <Fact label={t('profit.revenue')}>{f.money(snapshot.revenue, snapshot.currency)}</Fact>
        <Fact label={t('profit.costToServe')}>{f.money(snapshot.costToServe, snapshot.currency)}</Fact>
        <Fact label={t('profit.riskCost')}>{f.money(snapshot.riskCost, snapshot.currency)}</Fact>
        <Fact label={t('profit.margin')}>{f.money(snapshot.margin, snapshot.currency)}</Fact>
        <Fact label={t('profit.valueTier')}>{snapshot.valueTier}</Fact>
      </SimpleGrid>
    </Paper>
  );
}

function Months({ items }: { items: Snapshot[] }) {
  const t = useTexts(texts);
  const f = useFormat();
  const month = useMonth();
  return (
    <Table striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('profit.period')}</Table.Th>
          <Table.Th ta="right">{t('profit.revenue')}</Table.Th>
          <Table.Th ta="right">{t('profit.margin')}</Table.Th>
          <Table.Th>{t('profit.valueTier')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((s) => (
          <Table.Tr key={s.id}>
            <Table.Td>{month(s.period)}</Table.Td>
            <Table.Td ta="right">{f.money(s.revenue, s.currency)}</Table.Td>
            <Table.Td ta="right">{f.money(s.margin, s.currency)}</Table.Td>
            <Table.Td>{s.valueTier}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The client's profitability: the latest month in full (revenue, cost to serve, margin, value tier), then the trend. */
export function ProfitabilitySection({ plan }: { plan: Plan }) {
  const t = useTexts(texts);
  const api = useBankApi();
  const snapshots = useQuery({
    ...api.clients.profitability.queryOptions({ planId: plan.id }),
    retry: false,
  });
  const sorted = [...(snapshots.data?.items ?? [])].sort((a, b) => b.period.localeCompare(a.period));
  const latest = sorted[0];
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('profit.title')}
      </Title>
      {snapshots.isPending ? (
        <LoadingState />
      ) : snapshots.isError ? (
        <ErrorState error={snapshots.error} onRetry={() => void snapshots.refetch()} />
      ) : !latest ? (
        <EmptyState message={t('profit.empty')} />
      ) : (
        <>
          <Latest snapshot={latest} />
          <Months items={sorted.slice(0, 6)} />
        </>
      )}
    </Stack>
  );
}
