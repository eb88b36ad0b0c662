import { Badge, Group, SegmentedControl, Stack, Table, Title } from '@mantine/core';
import {
  AppLink,
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
import { texts } from '../texts.js';
import type { ContractToRenew } from '../types.js';
import { Countdown } from './countdown.js';

const horizons = ['30', '60', '90', '180', '365'];
const stageColor: Record<ContractToRenew['stage'], string> = {
  later: 'gray.8',
  prepare: 'blue.8',
  remind: 'grape.9',
  escalate: 'red.9',
  notice_passed: 'red.9',
  ended: 'dark.6',
};

/** `/x/logistics/renewals`: active contracts ending soon, most urgent notice deadline first. */
export default function RenewalsScreen() {
  const t = useTexts(texts);
  const f = useFormat();
  const api = useLogisticsApi();
  const [within, setWithin] = useState('90');
  const renewals = useQuery({
    ...api.contracts.renewals.queryOptions({ withinDays: Number(within) }),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('renewals.title')}
      </Title>
      <Group>
        <SegmentedControl
          aria-label={t('renewals.within')}
          value={within}
          onChange={setWithin}
          data={horizons.map((days) => ({ value: days, label: t('renewals.days', { count: days }) }))}
        />
      </Group>
      {renewals.isPending ? (
        <LoadingState />
      ) : renewals.isError ? (
        <ErrorState error={renewals.error} onRetry={() => void renewals.refetch()} />
      ) : renewals.data.items.length === 0 ? (
        <EmptyState message={t('renewals.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped data-testid="renewals-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('contracts.account')}</Table.Th>
                <Table.Th>{t('contracts.number')}</Table.Th>
                <Table.Th>{t('contracts.kind')}</Table.Th>
                <Table.Th>{t('contracts.term')}</Table.Th>
                <Table.Th>{t('renewals.endsIn')}</Table.Th>
                <Table.Th>{t('contracts.noticeDeadline')}</Table.Th>
                <Table.Th>{t('renewals.noticeIn')}</Table.Th>
                <Table.Th>{t('renewals.stage')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {renewals.data.items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <AppLink href={`/accounts/${c.accountId}`}>{c.accountName}</AppLink>
                  </Table.Td>
                  <Table.Td>{c.number}</Table.Td>
                  <Table.Td>{t(`kind.${c.kind}`)}</Table.Td>
                  <Table.Td>{f.date(c.endsOn)}</Table.Td>
                  <Table.Td>
                    <Countdown days={c.daysToEnd} />
                  </Table.Td>
                  <Table.Td>{f.date(c.noticeDeadline)}</Table.Td>
                  <Table.Td>
                    <Countdown days={c.daysToNotice} />
                  </Table.Td>
                  <Table.Td>
                    <Badge color={stageColor[c.stage]}>{t(`stage.${c.stage}`)}</Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
