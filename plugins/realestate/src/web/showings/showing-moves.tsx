import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ReasonDialog, useFieldErrors, useMutation, useQueryClient, useTexts } from '@crm/ui';
import { useState } from 'react';
import { useRealestateApi } from '../api.js';
import { useReasonLabels } from '../shared/reason-labels.js';
import { texts } from '../texts.js';
import type { Showing, ShowingStatus } from '../types.js';

const needsReason = (to: ShowingStatus) => to === 'Denied' || to === 'Cancelled';

/** Pending → Confirmed | Denied (reason); Confirmed → Cancelled (reason): the API's `allowedTransitions`. */
export function ShowingMoves({ showing }: { showing: Showing }) {
  const t = useTexts(texts);
  const api = useRealestateApi();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const reasonLabels = useReasonLabels();
  const [to, setTo] = useState<ShowingStatus | null>(null);
  const close = () => {
    errors.clear();
    setTo(null);
  };
  const move = useMutation(
    api.showings.transition.mutationOptions({
      onSuccess: async (moved) => {
        notifications.show({
          color: 'teal',
          message: t('showing.moved', {
            address: moved.UnparsedAddress,
            status: t(`showingStatus.${moved.ShowingAppointmentStatus}`),
          }),
        });
        close();
        await queryClient.invalidateQueries({ queryKey: api.showings.pathKey() });
      },
      onError: errors.set,
    }),
  );
  const subject = showing.ListingId;
  return (
    <Group gap="xs" wrap="nowrap">
      {showing.allowedTransitions.map((next) => (
        <Button
          key={next}
          size="compact-sm"
          variant={needsReason(next) ? 'default' : 'light'}
          aria-label={`${t(`showingMove.${next}`)}: ${subject}`}
          onClick={() => setTo(next)}
        >
          {t(`showingMove.${next}`)}
        </Button>
      ))}
      {to && (
        <ReasonDialog
          title={`${t(`showingMove.${to}`)}: ${subject}`}
          reasonRequired={needsReason(to)}
          pending={move.isPending}
          reasonField="reason"
          errors={errors}
          onConfirm={(reason) => {
            errors.clear();
            move.mutate({
              id: showing.id,
              ShowingAppointmentStatus: to,
              reason,
              expectedVersion: showing.version,
            });
          }}
          labels={reasonLabels}
          onClose={close}
        />
      )}
    </Group>
  );
}
