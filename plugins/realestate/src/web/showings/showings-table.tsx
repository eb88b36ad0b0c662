import { Table } from '@mantine/core';
import { AppLink, useFormat, useTexts } from '@crm/ui';
import { StatusBadge } from '../shared/status-badge.js';
import { texts } from '../texts.js';
import type { Showing } from '../types.js';
import { ShowingMoves } from './showing-moves.js';

/** Showings with their RESO ShowingAppointmentStatus, feedback and the moves each allows now. */
export function ShowingsTable({ items }: { items: Showing[] }) {
  const t = useTexts(texts);
  const f = useFormat();
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table striped data-testid="showings-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('showing.object')}</Table.Th>
            <Table.Th>{t('showing.start')}</Table.Th>
            <Table.Th>{t('showing.type')}</Table.Th>
            <Table.Th>{t('showing.method')}</Table.Th>
            <Table.Th>{t('showing.status')}</Table.Th>
            <Table.Th>{t('showing.reason')}</Table.Th>
            <Table.Th>{t('showing.feedback')}</Table.Th>
            <Table.Th>{t('showing.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((s) => (
            <Table.Tr key={s.id} data-testid={`showing-row-${s.id}`}>
              <Table.Td>
                <AppLink href={`/x/realestate/properties/${s.ListingKey}`}>{s.ListingId}</AppLink>{' '}
                {s.UnparsedAddress}
              </Table.Td>
              <Table.Td>
                {f.dateTime(s.ShowingStartTimestamp)} – {f.time(s.ShowingEndTimestamp)}
              </Table.Td>
              <Table.Td>{t(`showingType.${s.ShowingRequestType}`)}</Table.Td>
              <Table.Td>{t(`method.${s.ShowingAppointmentMethod}`)}</Table.Td>
              <Table.Td>
                <StatusBadge
                  status={s.ShowingAppointmentStatus}
                  label={t(`showingStatus.${s.ShowingAppointmentStatus}`)}
                  testId="showing-status"
                />
              </Table.Td>
              <Table.Td>{s.statusReason ?? '—'}</Table.Td>
              <Table.Td>
                {s.feedbackRating ? `${'★'.repeat(s.feedbackRating)} ${s.feedbackText ?? ''}` : '—'}
              </Table.Td>
              <Table.Td>
                <ShowingMoves showing={s} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
