import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import {
  AppLink,
  EmptyState,
  ErrorState,
  LoadingState,
  useFormat,
  useQuery,
  useTexts,
  type ScreenProps,
} from '@crm/ui';
import { useState } from 'react';
import { useRealestateApi } from '../api.js';
import { Fact } from '../shared/fact.js';
import { StatusBadge } from '../shared/status-badge.js';
import { BookShowingDialog } from '../showings/book-showing-dialog.js';
import { ShowingsTable } from '../showings/showings-table.js';
import { texts } from '../texts.js';
import type { Property } from '../types.js';
import { ListingMoves } from './listing-moves.js';
import { PropertyHistory } from './property-history.js';
import { PropertyDuplicates, PropertyMatches } from './property-related.js';
import { useArea } from './use-area.js';
import { VerificationMoves } from './verification-moves.js';

/** The object's RESO fields and the CRM's additions. */
function PropertyFacts({ property: p }: { property: Property }) {
  const t = useTexts(texts);
  const f = useFormat();
  const area = useArea();
  return (
    <Paper withBorder p="md">
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Fact label={t('field.PropertyType')}>
          {t(`type.${p.PropertyType}`)}
          {p.PropertySubType ? `, ${p.PropertySubType}` : ''}
        </Fact>
        <Fact label={t('field.ListPrice')}>{f.money(p.ListPrice)}</Fact>
        <Fact label={t('field.OriginalListPrice')}>{f.money(p.OriginalListPrice)}</Fact>
        <Fact label={t('field.LivingArea')}>{area(p.LivingArea, p.LivingAreaUnits)}</Fact>
        <Fact label={t('field.RoomsTotal')}>{f.number(p.RoomsTotal)}</Fact>
        <Fact label={t('field.EntryLevel')}>
          {p.EntryLevel ?? '—'} / {p.StoriesTotal ?? '—'}
        </Fact>
        <Fact label={t('field.UnitNumber')}>{p.UnitNumber ?? '—'}</Fact>
        <Fact label={t('field.YearBuilt')}>{p.YearBuilt ?? '—'}</Fact>
        <Fact label={t('field.City')}>{p.City}</Fact>
        <Fact label={t('field.MLSAreaMajor')}>
          {p.MLSAreaMajor ?? '—'}
          {p.districtInput && p.districtMatch !== 'exact' && (
            <Text span size="xs" c="dimmed">
              {' '}
              ({p.districtInput}: {t(`match.${p.districtMatch}`)})
            </Text>
          )}
        </Fact>
        <Fact label={t('field.DaysOnMarket')}>{f.number(p.DaysOnMarket)}</Fact>
        <Fact label={t('field.nextVerificationDue')}>{f.date(p.nextVerificationDue)}</Fact>
        <Fact label={t('field.source')}>{t(`source.${p.source}`)}</Fact>
        {p.ClosePrice !== null && <Fact label={t('field.ClosePrice')}>{f.money(p.ClosePrice)}</Fact>}
        {p.CloseDate && <Fact label={t('field.CloseDate')}>{f.date(p.CloseDate)}</Fact>}
      </SimpleGrid>
      {p.PublicRemarks && (
        <Text mt="md" size="sm">
          {p.PublicRemarks}
        </Text>
      )}
    </Paper>
  );
}

/** The header: listing number, address, both statuses and the moves each allows now. */
function PropertyHeader({ property: p }: { property: Property }) {
  const t = useTexts(texts);
  return (
    <Stack gap="xs">
      <Group>
        <Title order={1} size="h2">
          {p.ListingId}
        </Title>
        <StatusBadge
          status={p.StandardStatus}
          label={t(`status.${p.StandardStatus}`)}
          testId="listing-status"
        />
        <StatusBadge
          status={p.verificationStatus}
          label={t(`verification.${p.verificationStatus}`)}
          testId="verification-status"
        />
      </Group>
      <Text>{p.UnparsedAddress}</Text>
      <Group gap="xs">
        <Text size="sm" c="dimmed" w={160}>
          {t('property.statusMoves')}
        </Text>
        <ListingMoves property={p} />
      </Group>
      <Group gap="xs">
        <Text size="sm" c="dimmed" w={160}>
          {t('property.verificationMoves')}
        </Text>
        <VerificationMoves property={p} />
      </Group>
    </Stack>
  );
}

function PropertyShowings({ listingKey }: { listingKey: string }) {
  const t = useTexts(texts);
  const api = useRealestateApi();
  const showings = useQuery(api.showings.list.queryOptions({ ListingKey: listingKey, limit: 50 }));
  const [booking, setBooking] = useState(false);
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('showings.title')}
        </Title>
        <Button size="compact-sm" variant="light" onClick={() => setBooking(true)}>
          {t('showings.book')}
        </Button>
      </Group>
      {showings.isPending ? (
        <LoadingState />
      ) : showings.isError ? (
        <ErrorState error={showings.error} onRetry={() => void showings.refetch()} />
      ) : showings.data.items.length === 0 ? (
        <EmptyState message={t('showings.empty')} />
      ) : (
        <ShowingsTable items={showings.data.items} />
      )}
      {booking && <BookShowingDialog listingKey={listingKey} onClose={() => setBooking(false)} />}
    </Stack>
  );
}

/** `/x/realestate/properties/<ListingKey>`: one object, its moves, showings, matches, duplicates, history. */
export default function PropertyScreen({ params }: ScreenProps) {
  const t = useTexts(texts);
  const api = useRealestateApi();
  const key = params.key ?? '';
  const property = useQuery(api.properties.get.queryOptions({ ListingKey: key }));
  if (property.isPending) return <LoadingState />;
  if (property.isError) return <ErrorState error={property.error} onRetry={() => void property.refetch()} />;
  return (
    <Stack>
      <AppLink href="/x/realestate/properties" size="sm">
        {t('property.back')}
      </AppLink>
      <PropertyHeader property={property.data} />
      <PropertyFacts property={property.data} />
      <PropertyShowings listingKey={key} />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('property.matches')}
          </Title>
          <PropertyMatches listingKey={key} />
        </Stack>
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('property.duplicates')}
          </Title>
          <PropertyDuplicates listingKey={key} />
        </Stack>
      </SimpleGrid>
      <Title order={2} size="h4">
        {t('property.history')}
      </Title>
      <PropertyHistory listingKey={key} />
    </Stack>
  );
}
