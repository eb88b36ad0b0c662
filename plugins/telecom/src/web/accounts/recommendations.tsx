import { Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useFieldErrors, useFormat, useMutation, useTexts } from '@crm/ui';
import { useState } from 'react';
import { useTelecomApi } from '../api.js';
import { RecommendationStatusBadge } from '../shared/badges.js';
import { ReasonDialog } from '../shared/reason-dialog.js';
import { useTelecomRefresh } from '../shared/use-refresh.js';
import { texts } from '../texts.js';
import type { Recommendation } from '../types.js';

function Months({ rec }: { rec: Recommendation }) {
  const t = useTexts(texts);
  const f = useFormat();
  return (
    <Table data-testid="recommendation-months" withTableBorder>
      <Table.Caption>{t('rec.months')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('usage.month')}</Table.Th>
          <Table.Th ta="right">{t('usage.data')}</Table.Th>
          <Table.Th ta="right">{t('usage.voice')}</Table.Th>
          <Table.Th ta="right">{t('usage.sms')}</Table.Th>
          <Table.Th ta="right">{t('rec.currentCost')}</Table.Th>
          <Table.Th ta="right">{t('rec.recommendedCost')}</Table.Th>
          <Table.Th ta="right">{t('rec.saving')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rec.months.map((m) => (
          <Table.Tr key={m.month}>
            <Table.Td>{m.month}</Table.Td>
            <Table.Td ta="right">{f.number(m.usage.data)}</Table.Td>
            <Table.Td ta="right">{f.number(m.usage.voice)}</Table.Td>
            <Table.Td ta="right">{f.number(m.usage.sms)}</Table.Td>
            <Table.Td ta="right">{f.money(m.currentCost, rec.currency)}</Table.Td>
            <Table.Td ta="right">{f.money(m.recommendedCost, rec.currency)}</Table.Td>
            <Table.Td ta="right">{f.money(m.saving, rec.currency)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** One tariff-savings offer: the tariffs, the saving month by month, its expiry, accept / decline. */
function RecommendationCard({ rec }: { rec: Recommendation }) {
  const t = useTexts(texts);
  const f = useFormat();
  const api = useTelecomApi();
  const refresh = useTelecomRefresh();
  const errors = useFieldErrors();
  const [declining, setDeclining] = useState(false);
  const accept = useMutation(
    api.recommendation.accept.mutationOptions({
      onSuccess: async (done) => {
        notifications.show({
          color: 'teal',
          message: t('rec.accepted', { name: done.recommendedOffering.name }),
        });
        await refresh();
      },
      onError: errors.set,
    }),
  );
  const decline = useMutation(
    api.recommendation.decline.mutationOptions({
      onSuccess: async () => {
        notifications.show({ color: 'teal', message: t('rec.declined') });
        setDeclining(false);
        await refresh();
      },
      onError: errors.set,
    }),
  );
  return (
    <Paper withBorder p="md" data-testid={`recommendation-${rec.product.productSerialNumber}`}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap="xs">
            <Text fw={600}>{rec.product.productSerialNumber}</Text>
            <RecommendationStatusBadge status={rec.status} />
            <Badge variant="outline" color="gray.8">
              {t(`rec.trigger.${rec.trigger}`)}
            </Badge>
          </Group>
          {rec.status === 'issued' && (
            <Group gap="xs">
              <Button
                size="compact-sm"
                loading={accept.isPending}
                aria-label={`${t('rec.accept')}: ${rec.product.productSerialNumber}`}
                onClick={() => {
                  errors.clear();
                  accept.mutate({ id: rec.id });
                }}
              >
                {t('rec.accept')}
              </Button>
              <Button
                size="compact-sm"
                variant="default"
                aria-label={`${t('rec.decline')}: ${rec.product.productSerialNumber}`}
                onClick={() => {
                  errors.clear();
                  setDeclining(true);
                }}
              >
                {t('rec.decline')}
              </Button>
            </Group>
          )}
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <div>
            <Text size="xs" c="dimmed">
              {t('rec.current')}
            </Text>
            <Text>
              {rec.currentOffering.name} · {f.money(rec.currentMonthlyAvg, rec.currency)}
            </Text>
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {t('rec.recommended')}
            </Text>
            <Text>
              {rec.recommendedOffering.name} · {f.money(rec.recommendedMonthlyAvg, rec.currency)}
            </Text>
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {t('rec.saving')}
            </Text>
            <Text fw={600} c="teal.9">
              {f.money(rec.monthlySaving, rec.currency)}
            </Text>
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {t('rec.validUntil')}
            </Text>
            <Text>{f.date(rec.validUntil)}</Text>
          </div>
        </SimpleGrid>
        <Months rec={rec} />
        {!declining && errors.general && (
          <Text c="red.8" size="sm" role="alert">
            {errors.general}
          </Text>
        )}
      </Stack>
      {declining && (
        <ReasonDialog
          title={t('rec.declineTitle', { line: rec.product.productSerialNumber })}
          reasonField="reason"
          errors={errors}
          pending={decline.isPending}
          onClose={() => setDeclining(false)}
          onSubmit={(reason) => {
            errors.clear();
            decline.mutate({ id: rec.id, ...(reason ? { reason } : {}) });
          }}
        />
      )}
    </Paper>
  );
}

export function Recommendations({ items }: { items: readonly Recommendation[] }) {
  return (
    <Stack gap="sm">
      {items.map((rec) => (
        <RecommendationCard key={rec.id} rec={rec} />
      ))}
    </Stack>
  );
}
