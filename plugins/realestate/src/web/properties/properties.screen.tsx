import { Button, Group, Select, Stack, Table, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
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
import { useRealestateApi } from '../api.js';
import { StatusBadge } from '../shared/status-badge.js';
import { texts } from '../texts.js';
import {
  isStandardStatus,
  isVerificationStatus,
  standardStatuses,
  verificationStatuses,
  type Property,
  type StandardStatus,
  type VerificationStatus,
} from '../types.js';
import { CreatePropertyDialog } from './create-property-dialog.js';
import { useArea } from './use-area.js';

const PAGE = 50;

function PropertyRow({ property: p }: { property: Property }) {
  const t = useTexts(texts);
  const f = useFormat();
  const area = useArea();
  return (
    <Table.Tr data-testid={`property-row-${p.ListingId}`}>
      <Table.Td>
        <AppLink href={`/x/realestate/properties/${p.ListingKey}`}>{p.ListingId}</AppLink>
      </Table.Td>
      <Table.Td>{p.UnparsedAddress}</Table.Td>
      <Table.Td>{p.MLSAreaMajor ?? '—'}</Table.Td>
      <Table.Td>{t(`type.${p.PropertyType}`)}</Table.Td>
      <Table.Td ta="right">{f.money(p.ListPrice)}</Table.Td>
      <Table.Td ta="right">{area(p.LivingArea, p.LivingAreaUnits)}</Table.Td>
      <Table.Td ta="right">{f.number(p.RoomsTotal)}</Table.Td>
      <Table.Td ta="right">
        {p.EntryLevel ?? '—'} / {p.StoriesTotal ?? '—'}
      </Table.Td>
      <Table.Td>
        <StatusBadge
          status={p.StandardStatus}
          label={t(`status.${p.StandardStatus}`)}
          testId="listing-status"
        />
      </Table.Td>
      <Table.Td>
        <StatusBadge
          status={p.verificationStatus}
          label={t(`verification.${p.verificationStatus}`)}
          testId="verification-status"
        />
      </Table.Td>
    </Table.Tr>
  );
}

function PropertiesTable({ items }: { items: Property[] }) {
  const t = useTexts(texts);
  return (
    <Table.ScrollContainer minWidth={1100}>
      <Table striped highlightOnHover data-testid="properties-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('field.ListingId')}</Table.Th>
            <Table.Th>{t('field.UnparsedAddress')}</Table.Th>
            <Table.Th>{t('field.MLSAreaMajor')}</Table.Th>
            <Table.Th>{t('field.PropertyType')}</Table.Th>
            <Table.Th ta="right">{t('field.ListPrice')}</Table.Th>
            <Table.Th ta="right">{t('field.LivingArea')}</Table.Th>
            <Table.Th ta="right">{t('field.RoomsTotal')}</Table.Th>
            <Table.Th ta="right">{t('field.EntryLevel')}</Table.Th>
            <Table.Th>{t('field.StandardStatus')}</Table.Th>
            <Table.Th>{t('field.verificationStatus')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((property) => (
            <PropertyRow key={property.ListingKey} property={property} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** `/x/realestate/properties`: objects, newest first, filtered by listing status, verification and text. */
export default function PropertiesScreen() {
  const t = useTexts(texts);
  const api = useRealestateApi();
  const [status, setStatus] = useState<StandardStatus | null>(null);
  const [verification, setVerification] = useState<VerificationStatus | null>(null);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [limit, setLimit] = useState(PAGE);
  const [adding, setAdding] = useState(false);
  const properties = useQuery({
    ...api.properties.list.queryOptions({
      limit,
      ...(status ? { StandardStatus: status } : {}),
      ...(verification ? { verificationStatus: verification } : {}),
      ...(debounced ? { search: debounced } : {}),
    }),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('properties.title')}
        </Title>
        <Button onClick={() => setAdding(true)}>{t('properties.add')}</Button>
      </Group>
      <Group align="flex-end">
        <TextInput
          label={t('properties.search')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={320}
        />
        <Select
          label={t('properties.status')}
          placeholder={t('properties.any')}
          data={standardStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          value={status}
          onChange={(v) => setStatus(isStandardStatus(v) ? v : null)}
          clearable
        />
        <Select
          label={t('properties.verification')}
          placeholder={t('properties.any')}
          data={verificationStatuses.map((s) => ({ value: s, label: t(`verification.${s}`) }))}
          value={verification}
          onChange={(v) => setVerification(isVerificationStatus(v) ? v : null)}
          clearable
        />
      </Group>
      {properties.isPending ? (
        <LoadingState />
      ) : properties.isError ? (
        <ErrorState error={properties.error} onRetry={() => void properties.refetch()} />
      ) : properties.data.items.length === 0 ? (
        <EmptyState message={t('properties.empty')} />
      ) : (
        <>
          <PropertiesTable items={properties.data.items} />
          {properties.data.nextCursor && limit < 200 && (
            <Button variant="default" onClick={() => setLimit((n) => Math.min(n + PAGE, 200))}>
              {t('properties.more')}
            </Button>
          )}
        </>
      )}
      {adding && <CreatePropertyDialog onClose={() => setAdding(false)} />}
    </Stack>
  );
}
