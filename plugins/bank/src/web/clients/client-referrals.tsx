import { Button, Group, Stack, Title } from '@mantine/core';
import { EmptyState, ErrorState, LoadingState, useQuery, useTexts } from '@crm/ui';
import { useState } from 'react';
import { useBankApi } from '../api.js';
import { ReferralsTable } from '../referrals/referrals-table.js';
import { texts } from '../texts.js';
import type { Plan } from '../types.js';
import { ReferDialog } from './refer-dialog.js';

/** The client's referrals to specialists, and referring the client again. */
export function ClientReferrals({ plan }: { plan: Plan }) {
  const t = useTexts(texts);
  const api = useBankApi();
  const referrals = useQuery(api.referrals.list.queryOptions({ planId: plan.id, limit: 50 }));
  const [adding, setAdding] = useState(false);
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3} size="h5">
          {t('referrals.title')}
        </Title>
        <Button size="compact-sm" variant="light" onClick={() => setAdding(true)}>
          {t('referrals.add')}
        </Button>
      </Group>
      {referrals.isPending ? (
        <LoadingState />
      ) : referrals.isError ? (
        <ErrorState error={referrals.error} onRetry={() => void referrals.refetch()} />
      ) : referrals.data.items.length === 0 ? (
        <EmptyState message={t('referrals.empty')} />
      ) : (
        <ReferralsTable items={referrals.data.items} />
      )}
      {adding && <ReferDialog planId={plan.id} onClose={() => setAdding(false)} />}
    </Stack>
  );
}
