import { Stack, Table, Title } from '@mantine/core';
import { EmptyState, ErrorState, LoadingState, useFormat, useQuery, useTexts } from '@crm/ui';
import { useBankApi } from '../api.js';
import { StatusBadge } from '../shared/status-badge.js';
import { texts } from '../texts.js';
import type { Offer, Plan } from '../types.js';
import { OfferMoves } from './offer-moves.js';

function OffersTable({ items }: { items: Offer[] }) {
  const t = useTexts(texts);
  const f = useFormat();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped data-testid="bank-offers">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('offer.product')}</Table.Th>
            <Table.Th>{t('offer.source')}</Table.Th>
            <Table.Th ta="right">{t('offer.amount')}</Table.Th>
            <Table.Th>{t('offer.validUntil')}</Table.Th>
            <Table.Th>{t('offer.status')}</Table.Th>
            <Table.Th>{t('offer.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((offer) => {
            const product = t(`productType.${offer.productType}`);
            return (
              <Table.Tr key={offer.id} data-testid={`bank-offer-${offer.productType}`}>
                <Table.Td>{product}</Table.Td>
                <Table.Td>{t(`source.${offer.source}`)}</Table.Td>
                <Table.Td ta="right">
                  {offer.amount ? f.money(offer.amount, offer.currency ?? undefined) : '—'}
                  {offer.rate !== null && ` · ${f.number(offer.rate)} %`}
                </Table.Td>
                <Table.Td>{f.date(offer.validUntil)}</Table.Td>
                <Table.Td>
                  <StatusBadge
                    status={offer.status}
                    label={t(`offerStatus.${offer.status}`)}
                    testId="offer-status"
                  />
                </Table.Td>
                <Table.Td>
                  <OfferMoves offer={offer} subject={product} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Offers and cross-sell to this client, soonest to expire first, with the client's response. */
export function OffersSection({ plan }: { plan: Plan }) {
  const t = useTexts(texts);
  const api = useBankApi();
  const offers = useQuery(api.offers.list.queryOptions({ planId: plan.id, limit: 50 }));
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('offers.title')}
      </Title>
      {offers.isPending ? (
        <LoadingState />
      ) : offers.isError ? (
        <ErrorState error={offers.error} onRetry={() => void offers.refetch()} />
      ) : offers.data.items.length === 0 ? (
        <EmptyState message={t('offers.empty')} />
      ) : (
        <OffersTable items={offers.data.items} />
      )}
    </Stack>
  );
}
