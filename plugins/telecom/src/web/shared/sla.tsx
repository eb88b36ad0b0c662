import { Text } from '@mantine/core';
import { useTexts, type Translate } from '@crm/ui';
import { useEffect, useState } from 'react';
import { texts, type TelecomText } from '../texts.js';
import { isOpenTicket, type Ticket } from '../types.js';

const MINUTE_MS = 60_000;

/** The current time, moving every half minute (for timers shown on screen). */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** "2 d 3 h", "4 h 10 min", "25 min". */
export function formatDuration(t: Translate<TelecomText>, ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / MINUTE_MS));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days > 0) return t('duration.dh', { d: days, h: hours });
  if (hours > 0) return t('duration.hm', { h: hours, m: minutes % 60 });
  return t('duration.m', { m: minutes });
}

/**
 * The SLA timer of a ticket (TMF621 `expectedResolutionDate`): time left while it is open, how long
 * ago it was breached, or whether it was resolved in time once it is no longer worked.
 */
export function SlaTimer({ ticket }: { ticket: Ticket }) {
  const t = useTexts(texts);
  const now = useNow();
  const due = Date.parse(ticket.expectedResolutionDate);
  let text: string;
  let color: string | undefined;
  let weight: number | undefined;
  if (isOpenTicket(ticket.status)) {
    const left = due - now;
    if (left > 0) {
      text = t('sla.left', { time: formatDuration(t, left) });
      // The last quarter of the SLA: bold (colours stay readable: dark red only once breached).
      weight = left < (due - Date.parse(ticket.creationDate)) / 4 ? 600 : undefined;
    } else {
      text = t('sla.breached', { time: formatDuration(t, -left) });
      color = 'red.9';
      weight = 600;
    }
  } else if (ticket.resolutionDate) {
    const late = ticket.slaBreached;
    text = t(late ? 'sla.late' : 'sla.inTime');
    color = late ? 'red.9' : 'teal.9';
  } else {
    text = t('sla.stopped');
    color = undefined;
  }
  return (
    <Text size="sm" c={color} fw={weight} data-testid="ticket-sla">
      {text}
    </Text>
  );
}
