import { Table } from '@mantine/core';
import { useFormat, useTexts } from '@crm/ui';
import { StatusBadge } from '../shared/status-badge.js';
import { texts } from '../texts.js';
import type { Referral } from '../types.js';
import { ReferralMoves } from './referral-moves.js';

interface ReferralsTableProps {
  items: Referral[];
  /** The client's name by plan id, for the list of many clients' referrals. */
  clientNames?: ReadonlyMap<string, string>;
}

/** Referrals with their status and the moves each allows now. */
export function ReferralsTable({ items, clientNames }: ReferralsTableProps) {
  const t = useTexts(texts);
  const f = useFormat();
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped data-testid="bank-referrals">
        <Table.Thead>
          <Table.Tr>
            {clientNames && <Table.Th>{t('referral.client')}</Table.Th>}
            <Table.Th>{t('referral.product')}</Table.Th>
            <Table.Th>{t('referral.submittedAt')}</Table.Th>
            <Table.Th>{t('referral.status')}</Table.Th>
            <Table.Th>{t('referral.decision')}</Table.Th>
            <Table.Th>{t('referral.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((referral) => {
            const product = t(`productType.${referral.productType}`);
            const client = clientNames?.get(referral.planId);
            return (
              <Table.Tr key={referral.id} data-testid={`bank-referral-${referral.id}`}>
                {clientNames && <Table.Td>{client ?? '—'}</Table.Td>}
                <Table.Td>{product}</Table.Td>
                <Table.Td>{f.dateTime(referral.submittedAt)}</Table.Td>
                <Table.Td>
                  <StatusBadge
                    status={referral.status}
                    label={t(`referralStatus.${referral.status}`)}
                    testId="referral-status"
                  />
                </Table.Td>
                <Table.Td>{referral.decisionReason ?? referral.notes ?? '—'}</Table.Td>
                <Table.Td>
                  <ReferralMoves referral={referral} subject={client ? `${client}, ${product}` : product} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
