import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Outputs } from '../../app/api-types.js';
import { useFormat } from '../../lib/format.js';

export type StageSummary = Outputs['pipelines']['summary']['stages'][number];

/** Total and probability-weighted total of a stage, per currency (amounts hidden from some roles). */
export function StageTotals({ stage }: { stage: StageSummary | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const totals = stage?.byCurrency.filter((total) => total.amount !== undefined) ?? [];
  if (totals.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        {t('pipeline.total')}: {format.money(0)}
      </Text>
    );
  }
  return (
    <Stack gap={0}>
      {totals.map((total) => (
        <Text size="xs" key={total.currency} data-testid="stage-total">
          {t('pipeline.total')}: {format.money(total.amount, total.currency)} · {t('pipeline.weighted')}:{' '}
          {format.money(total.weightedAmount, total.currency)}
        </Text>
      ))}
    </Stack>
  );
}
