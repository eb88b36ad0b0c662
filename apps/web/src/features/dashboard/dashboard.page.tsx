import { BarChart } from '@mantine/charts';
import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState, PageLoader } from '../../app/route-states.js';
import { trpc } from '../../app/trpc.js';
import { useFormat } from '../../lib/format.js';
import { usePipelines } from '../pipeline/use-pipelines.js';

/** Key pipeline figures of the default pipeline, in the tenant's main currency (RUB first). */
export function DashboardPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { query, current } = usePipelines(undefined);
  const summary = useQuery({
    ...trpc.pipelines.summary.queryOptions({ id: current?.id ?? '' }),
    enabled: Boolean(current),
  });
  if (query.isPending || (current && summary.isPending)) return <PageLoader />;
  if (query.isError) return <ErrorState error={query.error} />;
  if (summary.isError) return <ErrorState error={summary.error} />;
  if (!current || !summary.data) return <Text c="dimmed">{t('pipeline.noPipeline')}</Text>;
  const currency =
    summary.data.totals.find((total) => total.currency === 'RUB')?.currency ??
    summary.data.totals[0]?.currency ??
    'RUB';
  const openStages = summary.data.stages.filter((stage) => stage.kind === 'open');
  const sum = (pick: (total: { amount?: string; weightedAmount?: string }) => string | undefined) =>
    openStages.reduce((acc, stage) => {
      const total = stage.byCurrency.find((item) => item.currency === currency);
      return acc + Number(total ? (pick(total) ?? 0) : 0);
    }, 0);
  const chart = summary.data.stages.map((stage) => {
    const total = stage.byCurrency.find((item) => item.currency === currency);
    return {
      stage: stage.name,
      amount: Number(total?.amount ?? 0),
      weighted: Number(total?.weightedAmount ?? 0),
      count: stage.count,
    };
  });
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('dashboard.title')} · {current.name}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Figure
          label={t('dashboard.openValue')}
          value={format.money(
            sum((total) => total.amount),
            currency,
          )}
        />
        <Figure
          label={t('dashboard.weightedValue')}
          value={format.money(
            sum((total) => total.weightedAmount),
            currency,
          )}
        />
        <Figure
          label={t('dashboard.openDeals')}
          value={format.number(openStages.reduce((acc, stage) => acc + stage.count, 0))}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('dashboard.byStage')}
          </Title>
          <BarChart
            h={280}
            data={chart}
            dataKey="stage"
            valueFormatter={(value) => format.money(value, currency)}
            series={[
              { name: 'amount', label: t('pipeline.total'), color: 'indigo.6' },
              { name: 'weighted', label: t('pipeline.weighted'), color: 'teal.6' },
            ]}
            withLegend
          />
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('dashboard.countByStage')}
          </Title>
          <BarChart
            h={280}
            data={chart}
            dataKey="stage"
            valueFormatter={(value) => format.number(value)}
            series={[{ name: 'count', label: t('record.deals'), color: 'grape.6' }]}
          />
        </Card>
      </SimpleGrid>
    </Stack>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Card withBorder>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {label}
        </Text>
      </Group>
      <Text size="xl" fw={700}>
        {value}
      </Text>
    </Card>
  );
}
