import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ReasonDialog, useFieldErrors, useMutation, useQueryClient, useTexts } from '@crm/ui';
import { useState } from 'react';
import { useRealestateApi } from '../api.js';
import { useReasonLabels } from '../shared/reason-labels.js';
import { texts } from '../texts.js';
import type { Property, VerificationStatus } from '../types.js';

/** Verification moves (Verifying, Verified, Rejected with a note); Duplicate comes only from a merge. */
export function VerificationMoves({ property }: { property: Property }) {
  const t = useTexts(texts);
  const api = useRealestateApi();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const reasonLabels = useReasonLabels();
  const [to, setTo] = useState<VerificationStatus | null>(null);
  const close = () => {
    errors.clear();
    setTo(null);
  };
  const move = useMutation(
    api.properties.verify.mutationOptions({
      onSuccess: async (moved) => {
        notifications.show({
          color: 'teal',
          message: t('property.moved', {
            id: moved.ListingId,
            status: t(`verification.${moved.verificationStatus}`),
          }),
        });
        close();
        await queryClient.invalidateQueries({ queryKey: api.properties.pathKey() });
      },
      onError: errors.set,
    }),
  );
  const moves = property.allowedVerificationTransitions.filter((s) => s !== 'Duplicate');
  return (
    <Group gap="xs">
      {moves.map((next) => (
        <Button
          key={next}
          size="compact-sm"
          variant={next === 'Rejected' ? 'default' : 'light'}
          aria-label={t('property.moveVerification', { status: t(`verification.${next}`) })}
          onClick={() => setTo(next)}
        >
          {t(`verification.${next}`)}
        </Button>
      ))}
      {to && (
        <ReasonDialog
          title={t('property.moveVerification', { status: t(`verification.${to}`) })}
          reasonRequired={to === 'Rejected'}
          pending={move.isPending}
          reasonField="note"
          errors={errors}
          onConfirm={(note) => {
            errors.clear();
            move.mutate({
              ListingKey: property.ListingKey,
              verificationStatus: to,
              note,
              expectedVersion: property.version,
            });
          }}
          labels={reasonLabels}
          onClose={close}
        />
      )}
    </Group>
  );
}
