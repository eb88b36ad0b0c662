import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ReasonDialog, useFieldErrors, useMutation, useQueryClient, useTexts } from '@crm/ui';
import { useState } from 'react';
import { useBankApi } from '../api.js';
import { useReasonLabels } from '../shared/reason-labels.js';
import { texts } from '../texts.js';
import type { Referral, ReferralStatus } from '../types.js';

/**
 * One button per status the referral may move to now (the API's `allowedTransitions`:
 * Submitted → In review → Authorized | Rejected), each confirmed in a dialog; rejecting needs a reason.
 */
export function ReferralMoves({ referral, subject }: { referral: Referral; subject: string }) {
  const t = useTexts(texts);
  const api = useBankApi();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const reasonLabels = useReasonLabels();
  const [to, setTo] = useState<ReferralStatus | null>(null);
  const close = () => {
    errors.clear();
    setTo(null);
  };
  const move = useMutation(
    api.referrals.transition.mutationOptions({
      onSuccess: async (moved) => {
        notifications.show({
          color: 'teal',
          message: t('move.done', { subject, status: t(`referralStatus.${moved.status}`) }),
        });
        close();
        await queryClient.invalidateQueries({ queryKey: api.referrals.pathKey() });
      },
      onError: errors.set,
    }),
  );
  return (
    <Group gap="xs" wrap="nowrap">
      {referral.allowedTransitions.map((next) => (
        <Button
          key={next}
          size="compact-sm"
          variant={next === 'rejected' ? 'default' : 'light'}
          aria-label={`${t(`referralMove.${next}`)}: ${subject}`}
          onClick={() => setTo(next)}
        >
          {t(`referralMove.${next}`)}
        </Button>
      ))}
      {to && (
        <ReasonDialog
          title={t('move.title', { action: t(`referralMove.${to}`), subject })}
          reasonRequired={to === 'rejected'}
          pending={move.isPending}
          reasonField="reason"
          errors={errors}
          onConfirm={(reason) => {
            errors.clear();
            move.mutate({ id: referral.id, to, reason, expectedVersion: referral.version });
          }}
          labels={reasonLabels}
          onClose={close}
        />
      )}
    </Group>
  );
}
