import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { describeError, useMutation, useQueryClient, useTexts } from '@crm/ui';
import { useBankApi } from '../api.js';
import { texts } from '../texts.js';
import type { Campaign } from '../types.js';

/** Start (offers go to the target group), evaluate, close: one button per move the campaign allows now. */
export function CampaignMoves({ campaign }: { campaign: Campaign }) {
  const t = useTexts(texts);
  const api = useBankApi();
  const queryClient = useQueryClient();
  const move = useMutation(
    api.campaigns.transition.mutationOptions({
      onSuccess: async (moved) => {
        notifications.show({
          color: 'teal',
          message: t('move.done', { subject: moved.name, status: t(`campaignStatus.${moved.status}`) }),
        });
        await queryClient.invalidateQueries({ queryKey: api.campaigns.pathKey() });
      },
      onError: (error) => notifications.show({ color: 'red', message: describeError(error).message }),
    }),
  );
  return (
    <Group gap="xs" wrap="nowrap">
      {campaign.allowedTransitions.map((next) => (
        <Button
          key={next}
          size="compact-sm"
          variant={next === 'closed' ? 'default' : 'light'}
          aria-label={`${t(`campaignMove.${next}`)}: ${campaign.name}`}
          loading={move.isPending && move.variables.to === next}
          onClick={() => move.mutate({ id: campaign.id, to: next, expectedVersion: campaign.version })}
        >
          {t(`campaignMove.${next}`)}
        </Button>
      ))}
    </Group>
  );
}
