import { SegmentedControl, Stack, Title } from '@mantine/core';
import { EmptyState, ErrorState, keepPreviousData, LoadingState, useQuery, useTexts } from '@crm/ui';
import { useState } from 'react';
import { useBankApi } from '../api.js';
import { texts } from '../texts.js';
import { isReferralStatus, referralStatuses, type ReferralStatus } from '../types.js';
import { ReferralsTable } from './referrals-table.js';

/** `/x/bank/referrals`: referrals of my clients and to me, by status, with their moves. */
export default function ReferralsScreen() {
  const t = useTexts(texts);
  const api = useBankApi();
  const [status, setStatus] = useState<ReferralStatus | 'all'>('submitted');
  const referrals = useQuery({
    ...api.referrals.list.queryOptions({ limit: 200, ...(status === 'all' ? {} : { status }) }),
    placeholderData: keepPreviousData,
  });
  // Client names for the list: the clients I work with (a referral of another's client shows no name).
  const clients = useQuery(api.clients.list.queryOptions({ limit: 200 }));
  const names = new Map((clients.data?.items ?? []).map((plan) => [plan.id, plan.clientName]));
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('referrals.title')}
      </Title>
      <SegmentedControl
        aria-label={t('referrals.filter')}
        data-testid="referral-status-filter"
        value={status}
        onChange={(value) => setStatus(isReferralStatus(value) ? value : 'all')}
        data={[
          ...referralStatuses.map((s) => ({ value: s, label: t(`referralStatus.${s}`) })),
          { value: 'all', label: t('referrals.all') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {referrals.isPending ? (
        <LoadingState />
      ) : referrals.isError ? (
        <ErrorState error={referrals.error} onRetry={() => void referrals.refetch()} />
      ) : referrals.data.items.length === 0 ? (
        <EmptyState message={t('referrals.empty')} />
      ) : (
        <ReferralsTable items={referrals.data.items} clientNames={names} />
      )}
    </Stack>
  );
}
