import { Button, Group, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useFieldErrors, useFormat, useMutation, useQuery, useQueryClient, useTexts } from '@crm/ui';
import { useState } from 'react';
import { useBankApi } from '../api.js';
import { Fact } from '../shared/fact.js';
import { StatusBadge } from '../shared/status-badge.js';
import { texts } from '../texts.js';
import { isCustomerCategory, isServiceLevel, type Plan } from '../types.js';

/** Tier, customer category, service level, cadence and the next contact due of a client. */
function PlanFacts({ plan }: { plan: Plan }) {
  const t = useTexts(texts);
  const f = useFormat();
  const { tier } = plan;
  const cadence = [
    t('plan.cadenceValue', { days: tier.contactIntervalDays }),
    ...(tier.meetingIntervalDays ? [t('plan.meetingValue', { days: tier.meetingIntervalDays })] : []),
  ].join(', ');
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }}>
      <Fact label={t('plan.tier')} testId="bank-tier">
        {tier.name}
      </Fact>
      <Fact label={t('plan.category')}>
        {isCustomerCategory(tier.customerCategory)
          ? t(`category.${tier.customerCategory}`)
          : tier.customerCategory}
      </Fact>
      <Fact label={t('plan.serviceLevel')}>
        {isServiceLevel(tier.serviceLevel) ? t(`level.${tier.serviceLevel}`) : tier.serviceLevel}
      </Fact>
      <Fact label={t('plan.cadence')}>{cadence}</Fact>
      <Fact label={t('plan.nextContact')}>
        {f.date(plan.nextContactDueAt)}{' '}
        <Text span c={plan.daysOverdue > 0 ? 'red.8' : 'dimmed'} size="sm">
          ({plan.daysOverdue > 0 ? t('plan.overdue', { days: plan.daysOverdue }) : t('plan.onTime')})
        </Text>
      </Fact>
      <Fact label={t('plan.lastContact')}>{f.date(plan.lastContactAt)}</Fact>
      <Fact label={t('plan.valueTier')} testId="bank-value-tier">
        {plan.valueTier ?? '—'}
      </Fact>
      <Fact label={t('plan.segment')}>{[plan.segment, plan.region].filter(Boolean).join(', ') || '—'}</Fact>
    </SimpleGrid>
  );
}

/** Moves the client to another tier (the next contact due follows the new cadence). */
function ChangeTier({ plan }: { plan: Plan }) {
  const t = useTexts(texts);
  const api = useBankApi();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const tiers = useQuery(api.tiers.list.queryOptions({}));
  const [tierKey, setTierKey] = useState<string | null>(plan.tier.key);
  const save = useMutation(
    api.clients.update.mutationOptions({
      onSuccess: async (changed) => {
        notifications.show({ color: 'teal', message: t('plan.tierChanged', { tier: changed.tier.name }) });
        await queryClient.invalidateQueries({ queryKey: api.clients.pathKey() });
      },
      onError: errors.set,
    }),
  );
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        errors.clear();
        save.mutate({ id: plan.id, expectedVersion: plan.version, tierKey: tierKey ?? '' });
      }}
    >
      <Group align="flex-end">
        <Select
          label={t('plan.newTier')}
          data={(tiers.data?.items ?? []).map((tier) => ({ value: tier.key, label: tier.name }))}
          value={tierKey}
          onChange={setTierKey}
          error={errors.field('tierKey') ?? errors.general}
          w={260}
        />
        <Button type="submit" variant="light" loading={save.isPending} disabled={tierKey === plan.tier.key}>
          {t('plan.changeTier')}
        </Button>
      </Group>
    </form>
  );
}

/** The client's relationship plan: its facts, its status and the tier change. */
export function PlanCard({ plan }: { plan: Plan }) {
  const t = useTexts(texts);
  return (
    <Paper withBorder p="md">
      <Stack>
        <Group justify="space-between">
          <Text fw={600}>{plan.clientName}</Text>
          <StatusBadge status={plan.status} label={t(`planStatus.${plan.status}`)} />
        </Group>
        <PlanFacts plan={plan} />
        <ChangeTier key={plan.version} plan={plan} />
      </Stack>
    </Paper>
  );
}
