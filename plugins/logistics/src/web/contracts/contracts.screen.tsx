import { Badge, Group, Select, Stack, Table, Title } from '@mantine/core';
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
import { PdfLink } from '../shipments/common.js';
import { shipmentTexts } from '../shipments-texts.js';
import { contractKinds, contractStatuses, type Contract } from '../types.js';

type Kind = Contract['kind'];
type Status = Contract['status'];
const isKind = (v: string | null): v is Kind => contractKinds.some((k) => k === v);
const isStatus = (v: string | null): v is Status => contractStatuses.some((s) => s === v);

/** `/x/logistics/contracts`: contracts with clients, suppliers and carriers, with their terms. */
export default function ContractsScreen() {
  const t = useTexts(texts);
  const st = useTexts(shipmentTexts);
  const f = useFormat();
  const api = useLogisticsApi();
  const [kind, setKind] = useState<Kind | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const contracts = useQuery({
    ...api.contracts.list.queryOptions({
      limit: 200,
      ...(kind ? { kind } : {}),
      ...(status ? { status } : {}),
    }),
    placeholderData: keepPreviousData,
  });
  const accounts = useQuery(api.accounts.list.queryOptions({ limit: 200 }));
  const accountName = new Map(accounts.data?.items.map((a) => [a.accountId, a.accountName]));
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('contracts.title')}
      </Title>
      <Group>
        <Select
          label={t('contracts.kind')}
          clearable
          placeholder={t('fleet.all')}
          data={contractKinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          value={kind}
          onChange={(v) => setKind(isKind(v) ? v : null)}
        />
        <Select
          label={t('vehicle.status')}
          clearable
          placeholder={t('fleet.all')}
          data={contractStatuses.map((s) => ({ value: s, label: t(`cstatus.${s}`) }))}
          value={status}
          onChange={(v) => setStatus(isStatus(v) ? v : null)}
        />
      </Group>
      {contracts.isPending ? (
        <LoadingState />
      ) : contracts.isError ? (
        <ErrorState error={contracts.error} onRetry={() => void contracts.refetch()} />
      ) : contracts.data.items.length === 0 ? (
        <EmptyState message={t('contracts.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped data-testid="contracts-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('contracts.number')}</Table.Th>
                <Table.Th>{t('contracts.account')}</Table.Th>
                <Table.Th>{t('contracts.kind')}</Table.Th>
                <Table.Th>{t('vehicle.status')}</Table.Th>
                <Table.Th>{t('contracts.term')}</Table.Th>
                <Table.Th>{t('contracts.noticeDeadline')}</Table.Th>
                <Table.Th>{t('contracts.autoRenew')}</Table.Th>
                <Table.Th>{st('doc.contract')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {contracts.data.items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{c.number}</Table.Td>
                  <Table.Td>
                    <AppLink href={`/accounts/${c.accountId}`}>
                      {accountName.get(c.accountId) ?? t('contracts.openAccount')}
                    </AppLink>
                  </Table.Td>
                  <Table.Td>{t(`kind.${c.kind}`)}</Table.Td>
                  <Table.Td>
                    <Badge variant="outline" color="gray.8">
                      {t(`cstatus.${c.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {f.date(c.startsOn)} – {f.date(c.endsOn)}
                  </Table.Td>
                  <Table.Td>{f.date(c.noticeDeadline)}</Table.Td>
                  <Table.Td>{t(c.autoRenew ? 'contracts.yes' : 'contracts.no')}</Table.Td>
                  <Table.Td>
                    <PdfLink href={`/api/v1/logistics/contracts/${c.id}/document.pdf`} label={c.number} />
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
