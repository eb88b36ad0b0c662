import { Button, Group, Stack, Table, Title } from '@mantine/core';
import { EmptyState, ErrorState, LoadingState, useFormat, useQuery, useTexts } from '@crm/ui';
import { useState } from 'react';
import { useBankApi } from '../api.js';
import { StatusBadge } from '../shared/status-badge.js';
import { texts } from '../texts.js';
import type { Plan, Product } from '../types.js';
import { RecordProductDialog } from './record-product-dialog.js';

function ProductsTable({ items }: { items: Product[] }) {
  const t = useTexts(texts);
  const f = useFormat();
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table striped data-testid="bank-products">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('product.type')}</Table.Th>
            <Table.Th>{t('product.number')}</Table.Th>
            <Table.Th>{t('product.status')}</Table.Th>
            <Table.Th>{t('product.openedAt')}</Table.Th>
            <Table.Th ta="right">{t('product.balance')}</Table.Th>
            <Table.Th ta="right">{t('product.creditLimit')}</Table.Th>
            <Table.Th ta="right">{t('product.rate')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((product) => (
            <Table.Tr key={product.id}>
              <Table.Td>{t(`productType.${product.productType}`)}</Table.Td>
              <Table.Td>{product.number}</Table.Td>
              <Table.Td>
                <StatusBadge status={product.status} label={t(`productStatus.${product.status}`)} />
              </Table.Td>
              <Table.Td>{f.date(product.openedAt)}</Table.Td>
              <Table.Td ta="right">{f.money(product.balance, product.currency)}</Table.Td>
              <Table.Td ta="right">{f.money(product.creditLimit, product.currency)}</Table.Td>
              <Table.Td ta="right">{f.number(product.interestRate)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The financial products and accounts the client holds, and recording a new one. */
export function ProductsSection({ plan }: { plan: Plan }) {
  const t = useTexts(texts);
  const api = useBankApi();
  const products = useQuery(api.products.list.queryOptions({ planId: plan.id }));
  const [adding, setAdding] = useState(false);
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3} size="h5">
          {t('products.title')}
        </Title>
        <Button size="compact-sm" variant="light" onClick={() => setAdding(true)}>
          {t('products.add')}
        </Button>
      </Group>
      {products.isPending ? (
        <LoadingState />
      ) : products.isError ? (
        <ErrorState error={products.error} onRetry={() => void products.refetch()} />
      ) : products.data.items.length === 0 ? (
        <EmptyState message={t('products.empty')} />
      ) : (
        <ProductsTable items={products.data.items} />
      )}
      {adding && <RecordProductDialog planId={plan.id} onClose={() => setAdding(false)} />}
    </Stack>
  );
}
