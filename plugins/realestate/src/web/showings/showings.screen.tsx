import { SegmentedControl, Stack, Title } from '@mantine/core';
import { EmptyState, ErrorState, keepPreviousData, LoadingState, useQuery, useTexts } from '@crm/ui';
import { useState } from 'react';
import { useRealestateApi } from '../api.js';
import { texts } from '../texts.js';
import { isShowingStatus, showingStatuses, type ShowingStatus } from '../types.js';
import { ShowingsTable } from './showings-table.js';

/** `/x/realestate/showings`: showings by start time, by status, with their moves. */
export default function ShowingsScreen() {
  const t = useTexts(texts);
  const api = useRealestateApi();
  const [status, setStatus] = useState<ShowingStatus | 'all'>('all');
  const showings = useQuery({
    ...api.showings.list.queryOptions({
      limit: 200,
      ...(status === 'all' ? {} : { ShowingAppointmentStatus: status }),
    }),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('showings.title')}
      </Title>
      <SegmentedControl
        aria-label={t('showings.filter')}
        data-testid="showing-status-filter"
        value={status}
        onChange={(value) => setStatus(isShowingStatus(value) ? value : 'all')}
        data={[
          { value: 'all', label: t('showings.all') },
          ...showingStatuses.map((s) => ({ value: s, label: t(`showingStatus.${s}`) })),
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {showings.isPending ? (
        <LoadingState />
      ) : showings.isError ? (
        <ErrorState error={showings.error} onRetry={() => void showings.refetch()} />
      ) : showings.data.items.length === 0 ? (
        <EmptyState message={t('showings.empty')} />
      ) : (
        <ShowingsTable items={showings.data.items} />
      )}
    </Stack>
  );
}
