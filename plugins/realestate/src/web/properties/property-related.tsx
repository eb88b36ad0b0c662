import { Button, Table } from '@mantine/core';
import { AppLink, EmptyState, ErrorState, LoadingState, useFormat, useQuery, useTexts } from '@crm/ui';
import { useState } from 'react';
import { useRealestateApi } from '../api.js';
import { MergeDialog } from '../duplicates/merge-dialog.js';
import { texts } from '../texts.js';
import type { Duplicate } from '../types.js';

/** Suspected duplicates of the object (either side of the pair), with their similarity. */
export function PropertyDuplicates({ listingKey }: { listingKey: string }) {
  const t = useTexts(texts);
  const f = useFormat();
  const api = useRealestateApi();
  const duplicates = useQuery(api.properties.duplicates.queryOptions({ ListingKey: listingKey }));
  const [merging, setMerging] = useState<Duplicate | null>(null);
  if (duplicates.isPending) return <LoadingState />;
  if (duplicates.isError)
    return <ErrorState error={duplicates.error} onRetry={() => void duplicates.refetch()} />;
  if (duplicates.data.items.length === 0) return <EmptyState message={t('property.duplicatesEmpty')} />;
  return (
    <>
      <Table striped data-testid="property-duplicates">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('field.ListingId')}</Table.Th>
            <Table.Th>{t('field.UnparsedAddress')}</Table.Th>
            <Table.Th ta="right">{t('property.score')}</Table.Th>
            <Table.Th>{t('districts.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {duplicates.data.items.map((pair) => {
            const other = pair.ListingKey === listingKey ? pair.candidate : pair.property;
            const otherKey = pair.ListingKey === listingKey ? pair.candidateKey : pair.ListingKey;
            return (
              <Table.Tr key={pair.id}>
                <Table.Td>
                  <AppLink href={`/x/realestate/properties/${otherKey}`}>{other.ListingId}</AppLink>
                </Table.Td>
                <Table.Td>{other.UnparsedAddress}</Table.Td>
                <Table.Td ta="right">{f.percent(pair.score)}</Table.Td>
                <Table.Td>
                  {pair.status === 'open' ? (
                    <Button size="compact-sm" variant="light" onClick={() => setMerging(pair)}>
                      {t('duplicates.merge')}
                    </Button>
                  ) : (
                    t(`duplicateStatus.${pair.status}`)
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {merging && <MergeDialog pair={merging} onClose={() => setMerging(null)} />}
    </>
  );
}

/** Buyers' requirements this object matches, best first. */
export function PropertyMatches({ listingKey }: { listingKey: string }) {
  const t = useTexts(texts);
  const f = useFormat();
  const api = useRealestateApi();
  const matches = useQuery(api.properties.matches.queryOptions({ ListingKey: listingKey }));
  if (matches.isPending) return <LoadingState />;
  if (matches.isError) return <ErrorState error={matches.error} onRetry={() => void matches.refetch()} />;
  if (matches.data.items.length === 0) return <EmptyState message={t('property.matchesEmpty')} />;
  return (
    <Table striped data-testid="property-matches">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('property.requirement')}</Table.Th>
          <Table.Th ta="right">{t('property.score')}</Table.Th>
          <Table.Th>{t('preference.label')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {matches.data.items.map((match) => (
          <Table.Tr key={match.requirementId}>
            <Table.Td>{match.requirementName}</Table.Td>
            <Table.Td ta="right">{f.percent(match.score)}</Table.Td>
            <Table.Td>
              {match.ContactListingPreference ? t(`preference.${match.ContactListingPreference}`) : '—'}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
