import { Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { EmptyState, ErrorState, LoadingState, useFormat, useQuery, useTexts } from '@crm/ui';
import { useBankApi } from '../api.js';
import { texts } from '../texts.js';
import type { Household } from '../types.js';

function HouseholdCard({ household }: { household: Household }) {
  const t = useTexts(texts);
  const f = useFormat();
  return (
    <Paper withBorder p="sm" data-testid="bank-household">
      <Stack gap="xs">
        <Text fw={600}>{household.name}</Text>
        <List size="sm">
          {household.members.map((member) => (
            <List.Item key={member.contactId}>
              {member.name} — {t(`role.${member.role}`)}
              {member.isPrimary && ` (${t('household.primary')})`}
            </List.Item>
          ))}
        </List>
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            {t('household.balances')}:
          </Text>
          <Text size="sm">
            {household.balances.map((b) => f.money(b.amount, b.currency)).join(' · ') || '—'}
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}

/** The household the contact belongs to, its members and their combined balances. */
export function HouseholdSection({ contactId }: { contactId: string }) {
  const t = useTexts(texts);
  const api = useBankApi();
  const households = useQuery(api.households.list.queryOptions({}));
  const mine = households.data?.items.filter((h) => h.members.some((m) => m.contactId === contactId)) ?? [];
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('household.title')}
      </Title>
      {households.isPending ? (
        <LoadingState />
      ) : households.isError ? (
        <ErrorState error={households.error} onRetry={() => void households.refetch()} />
      ) : mine.length === 0 ? (
        <EmptyState message={t('household.none')} />
      ) : (
        mine.map((household) => <HouseholdCard key={household.id} household={household} />)
      )}
    </Stack>
  );
}
