import { Table } from '@mantine/core';
import { EmptyState, ErrorState, LoadingState, useFormat, useQuery, useTexts } from '@crm/ui';
import { useRealestateApi } from '../api.js';
import { texts } from '../texts.js';

/** The object's changes (RESO HistoryTransactional), newest first. */
export function PropertyHistory({ listingKey }: { listingKey: string }) {
  const t = useTexts(texts);
  const f = useFormat();
  const api = useRealestateApi();
  const history = useQuery(api.properties.history.queryOptions({ ListingKey: listingKey }));
  if (history.isPending) return <LoadingState />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => void history.refetch()} />;
  if (history.data.items.length === 0) return <EmptyState message={t('property.historyEmpty')} />;
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table striped data-testid="property-history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('property.historyAt')}</Table.Th>
            <Table.Th>{t('property.historyType')}</Table.Th>
            <Table.Th>{t('property.historyField')}</Table.Th>
            <Table.Th>{t('property.historyFrom')}</Table.Th>
            <Table.Th>{t('property.historyTo')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {history.data.items.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td>{f.dateTime(entry.ModificationTimestamp)}</Table.Td>
              <Table.Td>{entry.ChangeType}</Table.Td>
              <Table.Td>{entry.FieldName}</Table.Td>
              <Table.Td>{entry.PreviousValue ?? '—'}</Table.Td>
              <Table.Td>{entry.NewValue ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
