import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ReasonDialog, useFieldErrors, useMutation, useQueryClient, useTexts } from '@crm/ui';
import { useState } from 'react';
import { useBankApi } from '../api.js';
import { useReasonLabels } from '../shared/reason-labels.js';
import { texts } from '../texts.js';
import type { Offer, OfferStatus } from '../types.js';

/** Expiry is the offer sweep's job (validity ran out), not a manager's answer. */
const answers = (offer: Offer) => offer.allowedTransitions.filter((s) => s !== 'expired');
const needsReason = (to: OfferStatus) => to === 'declined' || to === 'withdrawn';

/** The client's response to an offer: presented, accepted, declined (reason) or withdrawn (reason). */
export function OfferMoves({ offer, subject }: { offer: Offer; subject: string }) {
  const t = useTexts(texts);
  const api = useBankApi();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const reasonLabels = useReasonLabels();
  const [to, setTo] = useState<OfferStatus | null>(null);
  const close = () => {
    errors.clear();
    setTo(null);
  };
  const move = useMutation(
    api.offers.transition.mutationOptions({
      onSuccess: async (moved) => {
        notifications.show({
          color: 'teal',
          message: t('move.done', { subject, status: t(`offerStatus.${moved.status}`) }),
        });
        close();
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: api.offers.pathKey() }),
          queryClient.invalidateQueries({ queryKey: api.products.pathKey() }),
        ]);
      },
      onError: errors.set,
    }),
  );
  return (
    <Group gap="xs" wrap="nowrap">
      {answers(offer).map((next) => (
        <Button
          key={next}
          size="compact-sm"
          variant={needsReason(next) ? 'default' : 'light'}
          aria-label={`${t(`offerMove.${next}`)}: ${subject}`}
          onClick={() => setTo(next)}
        >
          {t(`offerMove.${next}`)}
        </Button>
      ))}
      {to && (
        <ReasonDialog
          title={t('move.title', { action: t(`offerMove.${to}`), subject })}
          reasonRequired={needsReason(to)}
          pending={move.isPending}
          reasonField="reason"
          errors={errors}
          onConfirm={(reason) => {
            errors.clear();
            move.mutate({ id: offer.id, to, reason, expectedVersion: offer.version });
          }}
          labels={reasonLabels}
          onClose={close}
        />
      )}
    </Group>
  );
}
