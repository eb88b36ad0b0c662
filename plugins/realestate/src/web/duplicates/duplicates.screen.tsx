import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  AppLink,
  describeError,
  EmptyState,
  ErrorState,
  LoadingState,
  useFormat,
  useMutation,
  useQuery,
  useQueryClient,
  useTexts,
} from '@crm/ui';
import { useState, type ReactNode } from 'react';
import { useRealestateApi } from '../api.js';
import { StatusBadge } from '../shared/status-badge.js';
import { texts } from '../texts.js';
import { isVerificationStatus, type Duplicate } from '../types.js';
import { MergeDialog } from './merge-dialog.js';

type Side = Duplicate['property'];

/** The two objects of a pair side by side, field by field. */
function Comparison({ pair }: { pair: Duplicate }) {
  const t = useTexts(texts);
  const f = useFormat();
  const sides: Side[] = [pair.candidate, pair.property];
  const rows: [string, (s: Side) => ReactNode][] = [
    [t('field.UnparsedAddress'), (s) => s.UnparsedAddress],
    [t('field.UnitNumber'), (s) => s.UnitNumber ?? '—'],
    [t('field.EntryLevel'), (s) => s.EntryLevel ?? '—'],
    [t('field.LivingArea'), (s) => f.number(s.LivingArea)],
    [t('field.ListPrice'), (s) => f.money(s.ListPrice)],
    [t('field.BedroomsTotal'), (s) => f.number(s.BedroomsTotal)],
    [
      t('field.verificationStatus'),
      (s) =>
        isVerificationStatus(s.verificationStatus) ? (
          <StatusBadge status={s.verificationStatus} label={t(`verification.${s.verificationStatus}`)} />
        ) : (
          s.verificationStatus
        ),
    ],
  ];
  return (
    <Table withColumnBorders>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('duplicates.field')}</Table.Th>
          {sides.map((s) => (
            <Table.Th key={s.ListingKey}>
              <AppLink href={`/x/realestate/properties/${s.ListingKey}`}>
                {t('duplicates.object', { id: s.ListingId })}
              </AppLink>
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map(([label, show]) => (
          <Table.Tr key={label}>
            <Table.Th scope="row">{label}</Table.Th>
            {sides.map((s) => (
              <Table.Td key={s.ListingKey}>{show(s)}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function PairCard({ pair, onMerge }: { pair: Duplicate; onMerge: () => void }) {
  const t = useTexts(texts);
  const f = useFormat();
  const api = useRealestateApi();
  const queryClient = useQueryClient();
  const dismiss = useMutation(
    api.duplicates.dismiss.mutationOptions({
      onSuccess: async () => {
        notifications.show({ color: 'teal', message: t('duplicates.dismissed') });
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: api.duplicates.pathKey() }),
          queryClient.invalidateQueries({ queryKey: api.properties.pathKey() }),
        ]);
      },
      onError: (error) => notifications.show({ color: 'red', message: describeError(error).message }),
    }),
  );
  return (
    <Paper withBorder p="md" data-testid="duplicate-pair">
      <Stack gap="sm">
        <Group justify="space-between">
          <Stack gap={0}>
            <Text fw={600}>{t('duplicates.pair', { score: f.percent(pair.score) })}</Text>
            <Text size="sm" c="dimmed">
              {t('duplicates.reasons')}: {pair.reasons.map((r) => t(`reason.${r}`)).join(', ')}
            </Text>
          </Stack>
          <Group gap="xs">
            <Button
              variant="default"
              loading={dismiss.isPending}
              onClick={() => dismiss.mutate({ id: pair.id })}
            >
              {t('duplicates.dismiss')}
            </Button>
            <Button onClick={onMerge}>{t('duplicates.merge')}</Button>
          </Group>
        </Group>
        <Comparison pair={pair} />
      </Stack>
    </Paper>
  );
}

/** The duplicate review queue: open suspected pairs, most certain first, merged or dismissed here. */
export default function DuplicatesScreen() {
  const t = useTexts(texts);
  const api = useRealestateApi();
  const [merging, setMerging] = useState<Duplicate | null>(null);
  const pairs = useQuery(api.duplicates.list.queryOptions({ status: 'open', limit: 50 }));
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('duplicates.title')}
      </Title>
      {pairs.isPending ? (
        <LoadingState />
      ) : pairs.isError ? (
        <ErrorState error={pairs.error} onRetry={() => void pairs.refetch()} />
      ) : pairs.data.items.length === 0 ? (
        <EmptyState message={t('duplicates.empty')} />
      ) : (
        pairs.data.items.map((pair) => (
          <PairCard key={pair.id} pair={pair} onMerge={() => setMerging(pair)} />
        ))
      )}
      {merging && <MergeDialog pair={merging} onClose={() => setMerging(null)} />}
    </Stack>
  );
}
