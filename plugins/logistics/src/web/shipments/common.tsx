import { Anchor, Badge, Text } from '@mantine/core';
import { toDate, useTexts, type DateInput, type Translate } from '@crm/ui';
import { shipmentTexts, type ShipmentText } from '../shipments-texts.js';
import type { ShipmentStatus } from '../types.js';

const MINUTE_MS = 60_000;

const statusColor: Record<ShipmentStatus, string> = {
  planned: 'gray.8',
  assigned: 'blue.9',
  in_transit: 'indigo.9',
  delivered: 'teal.9',
  cancelled: 'red.9',
};

export function ShipmentStatusBadge({ status }: { status: ShipmentStatus }) {
  const t = useTexts(shipmentTexts);
  return (
    <Badge color={statusColor[status]} variant="filled" miw="max-content" data-testid="shipment-status">
      {t(`sstatus.${status}`)}
    </Badge>
  );
}

/** "1 d 2 h", "3 h 5 min", "40 min". */
export function formatMinutes(t: Translate<ShipmentText>, total: number): string {
  const minutes = Math.max(0, Math.round(total));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days > 0) return t('duration.dh', { d: days, h: hours });
  if (hours > 0) return t('duration.hm', { h: hours, m: minutes % 60 });
  return t('duration.m', { m: minutes });
}

/** Actual against planned: on time within 5 minutes, else how late or early. */
export function Deviation({ planned, actual }: { planned: DateInput; actual: DateInput }) {
  const t = useTexts(shipmentTexts);
  const plannedAt = toDate(planned);
  const actualAt = toDate(actual);
  if (!plannedAt || !actualAt) return <>—</>;
  const minutes = Math.round((actualAt.getTime() - plannedAt.getTime()) / MINUTE_MS);
  if (Math.abs(minutes) <= 5)
    return (
      <Text span size="sm" c="teal.9">
        {t('stop.onTime')}
      </Text>
    );
  const time = formatMinutes(t, Math.abs(minutes));
  return (
    <Text span size="sm" c={minutes > 0 ? 'red.9' : 'blue.9'}>
      {t(minutes > 0 ? 'stop.late' : 'stop.early', { time })}
    </Text>
  );
}

/** A generated document: the REST route answers the PDF itself (with the session cookie). */
export function PdfLink({ href, label }: { href: string; label: string }) {
  const t = useTexts(shipmentTexts);
  return (
    <Anchor href={href} download aria-label={t('doc.download', { name: label })} size="sm">
      {label}
    </Anchor>
  );
}
