import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useFieldErrors, useMutation, useQuery, useQueryClient, useTexts } from '@crm/ui';
import { useState } from 'react';
import { useBankApi } from '../api.js';
import { texts } from '../texts.js';

type Client = { contactId: string } | { accountId: string };

/** A record that is not yet a bank client: pick its tier and open its relationship plan. */
export function OpenPlanForm({ client }: { client: Client }) {
  const t = useTexts(texts);
  const api = useBankApi();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const tiers = useQuery(api.tiers.list.queryOptions({}));
  const [tierKey, setTierKey] = useState<string | null>(null);
  const open = useMutation(
    api.clients.create.mutationOptions({
      onSuccess: async () => {
        notifications.show({ color: 'teal', message: t('tab.opened') });
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
        open.mutate({ ...client, tierKey: tierKey ?? '' });
      }}
    >
      <Stack maw={420}>
        <Text c="dimmed">{t('tab.noPlan')}</Text>
        <Select
          label={t('plan.tier')}
          data={(tiers.data?.items ?? []).map((tier) => ({ value: tier.key, label: tier.name }))}
          value={tierKey}
          onChange={setTierKey}
          error={errors.field('tierKey')}
          required
        />
        {errors.general && (
          <Text c="red.8" size="sm" role="alert">
            {errors.general}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={open.isPending}>
            {t('tab.openPlan')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
