import { Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { FormFooter, useFieldErrors, useMutation, useQuery, useQueryClient, useTexts } from '@crm/ui';
import { useState } from 'react';
import { useBankApi } from '../api.js';
import { texts } from '../texts.js';
import { isValueTier, valueTiers, type Campaign, type ValueTier } from '../types.js';

/** Adds a segment of my clients (by tier and/or value tier) to a draft campaign. */
export function AddMembersDialog({ campaign, onClose }: { campaign: Campaign; onClose: () => void }) {
  const t = useTexts(texts);
  const api = useBankApi();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const tiers = useQuery(api.tiers.list.queryOptions({}));
  const [tierKey, setTierKey] = useState<string | null>(null);
  const [valueTier, setValueTier] = useState<ValueTier | null>(null);
  const add = useMutation(
    api.campaigns.addMembers.mutationOptions({
      onSuccess: async () => {
        onClose();
        notifications.show({ color: 'teal', message: t('campaign.addMembers') });
        await queryClient.invalidateQueries({ queryKey: api.campaigns.pathKey() });
      },
      onError: errors.set,
    }),
  );
  return (
    <Modal opened onClose={onClose} title={t('campaign.addMembersTitle', { name: campaign.name })}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          errors.clear();
          add.mutate({
            id: campaign.id,
            ...(tierKey ? { tierKey } : {}),
            ...(valueTier ? { valueTier } : {}),
          });
        }}
      >
        <Stack>
          <Text size="sm" c="dimmed">
            {t('campaign.segmentHint')}
          </Text>
          <Select
            label={t('campaign.tier')}
            data={(tiers.data?.items ?? []).map((tier) => ({ value: tier.key, label: tier.name }))}
            value={tierKey}
            onChange={setTierKey}
            error={errors.field('tierKey')}
            clearable
          />
          <Select
            label={t('campaign.valueTier')}
            data={[...valueTiers]}
            value={valueTier}
            onChange={(value) => setValueTier(isValueTier(value) ? value : null)}
            error={errors.field('valueTier') ?? errors.field('planIds')}
            clearable
          />
          <FormFooter
            errors={errors}
            shown={['tierKey', 'valueTier', 'planIds']}
            submitLabel={t('common.add')}
            cancelLabel={t('common.cancel')}
            pending={add.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
