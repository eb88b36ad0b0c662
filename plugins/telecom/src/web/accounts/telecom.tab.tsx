import { Badge, Button, Group, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import {
  EmptyState,
  ErrorState,
  LoadingState,
  useFormat,
  useQuery,
  useTexts,
  type RecordTabProps,
} from '@crm/ui';
import { useMemo, useState, type ReactNode } from 'react';
import { useTelecomApi } from '../api.js';
import { OrderStateBadge, ProductStatusBadge } from '../shared/badges.js';
import { texts } from '../texts.js';
import { CreateTicketDialog } from '../tickets/create-ticket-dialog.js';
import { TicketTable } from '../tickets/ticket-table.js';
import { isOpenTicket, type ChurnRisk, type Order, type Product } from '../types.js';
import { OrderMoves } from './order-moves.js';
import { PlaceOrderDialog } from './place-order-dialog.js';
import { SubscriptionStatusDialog } from './subscription-status-dialog.js';
import { Recommendations } from './recommendations.js';
import { UsageSummary } from './usage-summary.js';

const DAY_MS = 86_400_000;

/** A section with its heading, and the loading / error / empty state of its query. */
function Section<T>(props: {
  title: string;
  testId: string;
  query: {
    isPending: boolean;
    isError: boolean;
    error: unknown;
    data: T | undefined;
    refetch: () => unknown;
  };
  isEmpty: (data: T) => boolean;
  empty: string;
  actions?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  const { query } = props;
  return (
    <Stack gap="xs" data-testid={props.testId}>
      <Group justify="space-between">
        <Title order={3} size="h5">
          {props.title}
        </Title>
        {props.actions}
      </Group>
      {query.isPending || query.data === undefined ? (
        query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <LoadingState />
        )
      ) : props.isEmpty(query.data) ? (
        <EmptyState message={props.empty} />
      ) : (
        props.children(query.data)
      )}
    </Stack>
  );
}

function ChurnCard({ risk }: { risk: ChurnRisk }) {
  const t = useTexts(texts);
  return (
    <Paper withBorder p="md" data-testid="churn-risk">
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{t('tab.churn')}</Text>
        <Badge color={risk.atRisk ? 'red.9' : 'teal.9'} variant="filled" miw="max-content">
          {t(risk.atRisk ? 'tab.churnAtRisk' : 'tab.churnLow', { threshold: risk.threshold })}
        </Badge>
      </Group>
      <Text size="xl" fw={700} data-testid="churn-score">
        {t('tab.churnScore', { score: risk.churnScore })}
      </Text>
      <Progress
        value={risk.churnScore}
        color={risk.atRisk ? 'red' : 'teal'}
        aria-label={t('tab.churn')}
        my="xs"
      />
      <Text size="sm" c="dimmed">
        {t('tab.churnWindow', {
          days: risk.windowDays,
          tickets: risk.ticketsInWindow,
          breached: risk.breachedInWindow,
          critical: risk.criticalInWindow,
        })}
      </Text>
    </Paper>
  );
}

function Subscriptions({ items }: { items: readonly Product[] }) {
  const t = useTexts(texts);
  const f = useFormat();
  const [changing, setChanging] = useState<Product | null>(null);
  return (
    <>
      <Table data-testid="subscriptions-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('sub.line')}</Table.Th>
            <Table.Th>{t('sub.offering')}</Table.Th>
            <Table.Th>{t('common.status')}</Table.Th>
            <Table.Th>{t('sub.startDate')}</Table.Th>
            <Table.Th ta="right">{t('sub.fee')}</Table.Th>
            <Table.Th>{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((p) => {
            const fee = p.productPrice.find((price) => price.priceType === 'recurring');
            return (
              <Table.Tr key={p.id} data-testid={`subscription-${p.productSerialNumber}`}>
                <Table.Td>{p.productSerialNumber}</Table.Td>
                <Table.Td>{p.productOffering.name}</Table.Td>
                <Table.Td>
                  <ProductStatusBadge status={p.status} />
                </Table.Td>
                <Table.Td>{f.date(p.startDate ?? null)}</Table.Td>
                <Table.Td ta="right">
                  {fee ? f.money(fee.price.taxIncludedAmount.value, fee.price.taxIncludedAmount.unit) : '—'}
                </Table.Td>
                <Table.Td>
                  {p.allowedTransitions.length > 0 && (
                    <Button
                      size="compact-sm"
                      variant="light"
                      aria-label={t('sub.changeStatusOf', { line: p.productSerialNumber })}
                      onClick={() => setChanging(p)}
                    >
                      {t('sub.changeStatus')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {changing && <SubscriptionStatusDialog product={changing} onClose={() => setChanging(null)} />}
    </>
  );
}

function Orders({ items }: { items: readonly Order[] }) {
  const t = useTexts(texts);
  const f = useFormat();
  return (
    <Table data-testid="orders-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('order.date')}</Table.Th>
          <Table.Th>{t('order.items')}</Table.Th>
          <Table.Th>{t('common.status')}</Table.Th>
          <Table.Th>{t('common.actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((order) => (
          <Table.Tr key={order.id}>
            <Table.Td>{f.dateTime(order.orderDate)}</Table.Td>
            <Table.Td>
              {order.productOrderItem.map((item) => (
                <Text size="sm" key={item.id}>
                  {t('order.itemText', {
                    action: t(`iaction.${item.action}`),
                    what: [item.product?.productSerialNumber, item.productOffering?.name]
                      .filter(Boolean)
                      .join(' · '),
                  })}
                </Text>
              ))}
            </Table.Td>
            <Table.Td>
              <OrderStateBadge state={order.state} />
            </Table.Td>
            <Table.Td>
              <OrderMoves order={order} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * The "Telecom" tab on account (client) pages: churn risk, open trouble tickets with their SLA and
 * status (what the account manager needs to see), subscriptions, orders, usage and savings offers.
 */
export default function TelecomTab({ recordId }: RecordTabProps) {
  const t = useTexts(texts);
  const api = useTelecomApi();
  const [dialog, setDialog] = useState<'ticket' | 'order' | null>(null);
  const since = useMemo(() => new Date(Date.now() - 92 * DAY_MS).toISOString(), []);
  const risk = useQuery(api.account.churnRisk.queryOptions({ accountId: recordId }));
  const tickets = useQuery(api.troubleTicket.list.queryOptions({ accountId: recordId, limit: 200 }));
  const products = useQuery(api.product.list.queryOptions({ accountId: recordId, limit: 200 }));
  const orders = useQuery(api.productOrder.list.queryOptions({ accountId: recordId, limit: 50 }));
  const usage = useQuery(api.usage.list.queryOptions({ accountId: recordId, from: since, limit: 1000 }));
  const offers = useQuery(api.recommendation.list.queryOptions({ accountId: recordId, limit: 50 }));
  const productItems = products.data?.items ?? [];
  return (
    <Stack data-testid="telecom-tab">
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('tab.title')}
        </Title>
        <Group gap="xs">
          <Button onClick={() => setDialog('ticket')}>{t('ticket.new')}</Button>
          <Button variant="light" onClick={() => setDialog('order')}>
            {t('order.new')}
          </Button>
        </Group>
      </Group>
      {risk.isPending ? (
        <LoadingState />
      ) : risk.isError ? (
        <ErrorState error={risk.error} onRetry={() => void risk.refetch()} />
      ) : (
        <ChurnCard risk={risk.data} />
      )}
      <Section
        title={t('tab.tickets')}
        testId="telecom-open-tickets"
        query={tickets}
        isEmpty={(d) => !d.items.some((tk) => isOpenTicket(tk.status))}
        empty={t('tab.ticketsEmpty')}
      >
        {(d) => <TicketTable tickets={d.items.filter((tk) => isOpenTicket(tk.status))} showClient={false} />}
      </Section>
      <Section
        title={t('tab.subscriptions')}
        testId="telecom-subscriptions"
        query={products}
        isEmpty={(d) => d.items.length === 0}
        empty={t('tab.subscriptionsEmpty')}
      >
        {(d) => <Subscriptions items={d.items} />}
      </Section>
      <Section
        title={t('tab.recommendations')}
        testId="telecom-recommendations"
        query={offers}
        isEmpty={(d) => d.items.length === 0}
        empty={t('tab.recommendationsEmpty')}
      >
        {(d) => <Recommendations items={d.items} />}
      </Section>
      <Section
        title={t('tab.orders')}
        testId="telecom-orders"
        query={orders}
        isEmpty={(d) => d.items.length === 0}
        empty={t('tab.ordersEmpty')}
      >
        {(d) => <Orders items={d.items} />}
      </Section>
      <Section
        title={t('tab.usage')}
        testId="telecom-usage"
        query={usage}
        isEmpty={(d) => d.items.length === 0}
        empty={t('tab.usageEmpty')}
      >
        {(d) => <UsageSummary items={d.items} />}
      </Section>
      {dialog === 'ticket' && (
        <CreateTicketDialog accountId={recordId} products={productItems} onClose={() => setDialog(null)} />
      )}
      {dialog === 'order' && (
        <PlaceOrderDialog accountId={recordId} products={productItems} onClose={() => setDialog(null)} />
      )}
    </Stack>
  );
}
