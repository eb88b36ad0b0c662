import { Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import {
  EmptyState,
  ErrorState,
  keepPreviousData,
  LoadingState,
  useFormat,
  useQuery,
  useTexts,
} from '@crm/ui';
import { useState } from 'react';
import { useTelecomApi } from '../api.js';
import { LifecycleBadge } from '../shared/badges.js';
import { priceText } from '../shared/price-text.js';
import { texts } from '../texts.js';
import {
  isDraftOffering,
  isLifecycleStatus,
  lifecycleStatuses,
  type LifecycleStatus,
  type Offering,
} from '../types.js';
import { OfferingEditor } from './offering-editor.js';
import { OfferingMoves } from './offering-moves.js';

/** `/x/telecom/catalog`: the TMF620 catalogue (tariffs and bundles), their prices and lifecycle. */
export default function CatalogScreen() {
  const t = useTexts(texts);
  const f = useFormat();
  const api = useTelecomApi();
  const [status, setStatus] = useState<LifecycleStatus | null>(null);
  const [search, setSearch] = useState('');
  /** The offering being edited, `'new'` for a new one. */
  const [editing, setEditing] = useState<Offering | 'new' | null>(null);
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const offerings = useQuery({
    ...api.productOffering.list.queryOptions({
      limit: 200,
      ...(status ? { lifecycleStatus: status } : {}),
      ...(debounced ? { search: debounced } : {}),
    }),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('catalog.title')}
        </Title>
        <Button onClick={() => setEditing('new')}>{t('offering.new')}</Button>
      </Group>
      <Group align="flex-end">
        <TextInput
          label={t('catalog.search')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={300}
        />
        <Select
          label={t('catalog.lifecycleFilter')}
          placeholder={t('common.all')}
          data={lifecycleStatuses.map((s) => ({ value: s, label: t(`lifecycle.${s}`) }))}
          value={status}
          onChange={(v) => setStatus(isLifecycleStatus(v) ? v : null)}
          clearable
          w={240}
        />
      </Group>
      {offerings.isPending ? (
        <LoadingState />
      ) : offerings.isError ? (
        <ErrorState error={offerings.error} onRetry={() => void offerings.refetch()} />
      ) : offerings.data.items.length === 0 ? (
        <EmptyState message={t('catalog.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table data-testid="catalog-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('common.name')}</Table.Th>
                <Table.Th>{t('catalog.kind')}</Table.Th>
                <Table.Th>{t('catalog.prices')}</Table.Th>
                <Table.Th>{t('common.status')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {offerings.data.items.map((offering) => (
                <Table.Tr key={offering.id} data-testid={`offering-row-${offering.name}`}>
                  <Table.Td>
                    <Text fw={500}>{offering.name}</Text>
                    {offering.description && (
                      <Text size="xs" c="dimmed">
                        {offering.description}
                      </Text>
                    )}
                    {offering.bundledProductOffering.length > 0 && (
                      <Text size="xs">
                        {t('catalog.contents', {
                          names: offering.bundledProductOffering.map((b) => b.name).join(', '),
                        })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{t(offering.isBundle ? 'catalog.bundle' : 'catalog.tariff')}</Table.Td>
                  <Table.Td>
                    {offering.productOfferingPrice.map((price) => (
                      <Text size="sm" key={price.id}>
                        {priceText(t, f, price)}
                      </Text>
                    ))}
                  </Table.Td>
                  <Table.Td>
                    <LifecycleBadge status={offering.lifecycleStatus} />
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      {isDraftOffering(offering.lifecycleStatus) && (
                        <Button
                          size="compact-sm"
                          variant="default"
                          aria-label={t('offering.editOf', { name: offering.name })}
                          onClick={() => setEditing(offering)}
                        >
                          {t('offering.edit')}
                        </Button>
                      )}
                      <OfferingMoves offering={offering} />
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && (
        <OfferingEditor
          {...(editing === 'new' ? {} : { offering: editing })}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
