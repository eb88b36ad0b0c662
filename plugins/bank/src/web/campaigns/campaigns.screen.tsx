import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { EmptyState, ErrorState, LoadingState, useFormat, useQuery, useTexts } from '@crm/ui';
import { useState } from 'react';
import { useBankApi } from '../api.js';
import { StatusBadge } from '../shared/status-badge.js';
import { texts } from '../texts.js';
import type { Campaign } from '../types.js';
import { AddMembersDialog } from './add-members-dialog.js';
import { CampaignMoves } from './campaign-moves.js';
import { CreateCampaignDialog } from './create-campaign-dialog.js';

/** A group's response: "12 of 80 responded · 15 %". */
function Response({ responded, total, rate }: { responded: number; total: number; rate: number }) {
  const t = useTexts(texts);
  const f = useFormat();
  return (
    <>
      <Text size="sm">{f.percent(rate)}</Text>
      <Text size="xs" c="dimmed">
        {t('campaign.responded', { responded: f.number(responded), total: f.number(total) })}
      </Text>
    </>
  );
}

function CampaignRow({ campaign, onAddMembers }: { campaign: Campaign; onAddMembers: () => void }) {
  const t = useTexts(texts);
  const f = useFormat();
  const { results } = campaign;
  return (
    <Table.Tr data-testid={`bank-campaign-${campaign.id}`}>
      <Table.Td>{campaign.name}</Table.Td>
      <Table.Td>{t(`productType.${campaign.productType}`)}</Table.Td>
      <Table.Td>
        <StatusBadge
          status={campaign.status}
          label={t(`campaignStatus.${campaign.status}`)}
          testId="campaign-status"
        />
      </Table.Td>
      <Table.Td ta="right">{f.number(campaign.holdoutPercent)} %</Table.Td>
      <Table.Td>{f.date(campaign.windowEndsAt)}</Table.Td>
      <Table.Td>
        <Response
          responded={results.targetedResponded}
          total={results.targeted}
          rate={results.targetedRate}
        />
      </Table.Td>
      <Table.Td>
        <Response responded={results.holdoutResponded} total={results.holdout} rate={results.holdoutRate} />
      </Table.Td>
      <Table.Td ta="right" data-testid="campaign-uplift">
        {f.percent(results.uplift)}
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          {campaign.status === 'draft' && (
            <Button
              size="compact-sm"
              variant="default"
              aria-label={`${t('campaign.addMembers')}: ${campaign.name}`}
              onClick={onAddMembers}
            >
              {t('campaign.addMembers')}
            </Button>
          )}
          <CampaignMoves campaign={campaign} />
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

function CampaignsTable({ items, onAddMembers }: { items: Campaign[]; onAddMembers: (c: Campaign) => void }) {
  const t = useTexts(texts);
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table striped data-testid="bank-campaigns">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('campaign.name')}</Table.Th>
            <Table.Th>{t('campaign.product')}</Table.Th>
            <Table.Th>{t('campaign.status')}</Table.Th>
            <Table.Th ta="right">{t('campaign.holdout')}</Table.Th>
            <Table.Th>{t('campaign.windowEnds')}</Table.Th>
            <Table.Th>{t('campaign.targeted')}</Table.Th>
            <Table.Th>{t('campaign.holdoutGroup')}</Table.Th>
            <Table.Th ta="right">{t('campaign.uplift')}</Table.Th>
            <Table.Th>{t('campaign.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((campaign) => (
            <CampaignRow key={campaign.id} campaign={campaign} onAddMembers={() => onAddMembers(campaign)} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** `/x/bank/campaigns`: campaigns with the target group's response against the holdout's, and the uplift. */
export default function CampaignsScreen() {
  const t = useTexts(texts);
  const api = useBankApi();
  const campaigns = useQuery(api.campaigns.list.queryOptions({}));
  const [creating, setCreating] = useState(false);
  const [adding, setAdding] = useState<Campaign | null>(null);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('campaigns.title')}
        </Title>
        <Button onClick={() => setCreating(true)}>{t('campaigns.add')}</Button>
      </Group>
      {campaigns.isPending ? (
        <LoadingState />
      ) : campaigns.isError ? (
        <ErrorState error={campaigns.error} onRetry={() => void campaigns.refetch()} />
      ) : campaigns.data.items.length === 0 ? (
        <EmptyState message={t('campaigns.empty')} />
      ) : (
        <CampaignsTable items={campaigns.data.items} onAddMembers={setAdding} />
      )}
      {creating && <CreateCampaignDialog onClose={() => setCreating(false)} />}
      {adding && <AddMembersDialog campaign={adding} onClose={() => setAdding(null)} />}
    </Stack>
  );
}
