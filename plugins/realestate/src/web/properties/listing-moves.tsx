import { Button, Group, Modal, NumberInput, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { FormFooter, useFieldErrors, useMutation, useQueryClient, useTexts } from '@crm/ui';
import { useState } from 'react';
import { useRealestateApi } from '../api.js';
import { texts } from '../texts.js';
import type { Property, StandardStatus } from '../types.js';

interface DialogProps {
  property: Property;
  to: StandardStatus;
  onClose: () => void;
}

/** Confirms a listing status change; closing asks for the RESO ClosePrice and CloseDate. */
function ListingMoveDialog({ property, to, onClose }: DialogProps) {
  const t = useTexts(texts);
  const api = useRealestateApi();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [closePrice, setClosePrice] = useState<number | string>(property.ListPrice ?? '');
  const [closeDate, setCloseDate] = useState(() => new Date().toISOString().slice(0, 10));
  const move = useMutation(
    api.properties.changeStatus.mutationOptions({
      onSuccess: async (moved) => {
        notifications.show({
          color: 'teal',
          message: t('property.moved', { id: moved.ListingId, status: t(`status.${moved.StandardStatus}`) }),
        });
        onClose();
        await queryClient.invalidateQueries({ queryKey: api.properties.pathKey() });
      },
      onError: errors.set,
    }),
  );
  const closing = to === 'Closed';
  return (
    <Modal opened onClose={onClose} title={t('property.moveStatus', { status: t(`status.${to}`) })}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          errors.clear();
          move.mutate({
            ListingKey: property.ListingKey,
            StandardStatus: to,
            expectedVersion: property.version,
            ...(closing
              ? { ClosePrice: closePrice === '' ? null : Number(closePrice), CloseDate: closeDate || null }
              : {}),
          });
        }}
      >
        <Stack>
          {closing && (
            <>
              <NumberInput
                label={t('field.ClosePrice')}
                value={closePrice}
                onChange={setClosePrice}
                error={errors.field('ClosePrice')}
                data-autofocus
              />
              <TextInput
                type="date"
                label={t('field.CloseDate')}
                value={closeDate}
                onChange={(event) => setCloseDate(event.currentTarget.value)}
                error={errors.field('CloseDate')}
              />
            </>
          )}
          <FormFooter
            errors={errors}
            shown={closing ? ['ClosePrice', 'CloseDate'] : []}
            submitLabel={t('move.submit')}
            cancelLabel={t('common.cancel')}
            pending={move.isPending}
            submitAutoFocus={!closing}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}

/** One button per RESO StandardStatus the listing may move to now (the API's `allowedStatusTransitions`). */
export function ListingMoves({ property }: { property: Property }) {
  const t = useTexts(texts);
  const [to, setTo] = useState<StandardStatus | null>(null);
  return (
    <Group gap="xs">
      {property.allowedStatusTransitions.map((next) => (
        <Button
          key={next}
          size="compact-sm"
          variant={next === 'Delete' || next === 'Canceled' ? 'default' : 'light'}
          aria-label={t('property.moveStatus', { status: t(`status.${next}`) })}
          onClick={() => setTo(next)}
        >
          {t(`status.${next}`)}
        </Button>
      ))}
      {to && <ListingMoveDialog property={property} to={to} onClose={() => setTo(null)} />}
    </Group>
  );
}
