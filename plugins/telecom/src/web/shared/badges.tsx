import { Badge } from '@mantine/core';
import { useTexts } from '@crm/ui';
import { texts } from '../texts.js';
import type {
  LifecycleStatus,
  OrderState,
  ProductStatus,
  RecommendationStatus,
  TicketSeverity,
  TicketStatus,
} from '../types.js';

const ticketColor: Record<TicketStatus, string> = {
  acknowledged: 'blue',
  inProgress: 'indigo',
  pending: 'violet',
  held: 'gray',
  resolved: 'teal',
  closed: 'dark',
  rejected: 'red',
  cancelled: 'gray',
};
const severityColor: Record<TicketSeverity, string> = { critical: 'red.9', major: 'pink.9', minor: 'gray.7' };

// Filled badges use dark shades so that white text keeps the contrast axe asks for.
export function TicketStatusBadge({ status }: { status: TicketStatus }) {
  const t = useTexts(texts);
  return (
    <Badge color={`${ticketColor[status]}.9`} variant="filled" miw="max-content" data-testid="ticket-status">
      {t(`tstatus.${status}`)}
    </Badge>
  );
}

export function SeverityBadge({ severity }: { severity: TicketSeverity }) {
  const t = useTexts(texts);
  return (
    <Badge color={severityColor[severity]} variant="filled" miw="max-content" data-testid="ticket-severity">
      {t(`severity.${severity}`)}
    </Badge>
  );
}

export function ProductStatusBadge({ status }: { status: ProductStatus }) {
  const t = useTexts(texts);
  const color = status === 'active' ? 'teal.9' : status === 'suspended' ? 'violet.9' : 'gray.8';
  return (
    <Badge color={color} variant="filled" miw="max-content" data-testid="product-status">
      {t(`pstatus.${status}`)}
    </Badge>
  );
}

export function OrderStateBadge({ state }: { state: OrderState }) {
  const t = useTexts(texts);
  const color =
    state === 'completed' ? 'teal.9' : state === 'failed' || state === 'rejected' ? 'red.9' : 'blue.9';
  return (
    <Badge color={color} variant="filled" miw="max-content" data-testid="order-state">
      {t(`ostate.${state}`)}
    </Badge>
  );
}

export function LifecycleBadge({ status }: { status: LifecycleStatus }) {
  const t = useTexts(texts);
  const color =
    status === 'Launched' || status === 'Active'
      ? 'teal.9'
      : status === 'Retired' || status === 'Obsolete' || status === 'Rejected'
        ? 'gray.8'
        : 'blue.9';
  return (
    <Badge color={color} variant="filled" miw="max-content" data-testid="lifecycle-status">
      {t(`lifecycle.${status}`)}
    </Badge>
  );
}

export function RecommendationStatusBadge({ status }: { status: RecommendationStatus }) {
  const t = useTexts(texts);
  const color = status === 'issued' ? 'blue.9' : status === 'accepted' ? 'teal.9' : 'gray.8';
  return (
    <Badge color={color} variant="filled" miw="max-content" data-testid="recommendation-status">
      {t(`rstatus.${status}`)}
    </Badge>
  );
}
