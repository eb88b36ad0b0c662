import { Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { FormFooter, useFieldErrors, useMutation, useQueryClient, useTexts } from '@crm/ui';
import { useState } from 'react';
import { useRealestateApi } from '../api.js';
import { texts } from '../texts.js';

const pad = (n: number) => String(n).padStart(2, '0');
/** `datetime-local` value (local time) some hours from now, on the hour. */
function localInput(hoursAhead: number): string {
  const d = new Date(Date.now() + hoursAhead * 3_600_000);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:00`;
}

const methods = ['InPerson', 'Virtual', 'Other'] as const;
type Method = (typeof methods)[number];
const isMethod = (v: string | null): v is Method => methods.some((m) => m === v);

/** Books a showing of the object (Pending until the seller's side confirms or denies it). */
export function BookShowingDialog({ listingKey, onClose }: { listingKey: string; onClose: () => void }) {
  const t = useTexts(texts);
  const api = useRealestateApi();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [start, setStart] = useState(() => localInput(24));
  const [end, setEnd] = useState(() => localInput(25));
  const [method, setMethod] = useState<Method>('InPerson');
  const book = useMutation(
    api.showings.create.mutationOptions({
      onSuccess: async () => {
        notifications.show({ color: 'teal', message: t('showings.booked') });
        onClose();
        await queryClient.invalidateQueries({ queryKey: api.showings.pathKey() });
      },
      onError: errors.set,
    }),
  );
  return (
    <Modal opened onClose={onClose} title={t('showings.book')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          errors.clear();
          book.mutate({
            ListingKey: listingKey,
            ShowingAppointmentMethod: method,
            ShowingStartTimestamp: new Date(start),
            ShowingEndTimestamp: new Date(end),
          });
        }}
      >
        <Stack>
          <SimpleGrid cols={2}>
            <TextInput
              type="datetime-local"
              label={t('showing.start')}
              value={start}
              onChange={(event) => setStart(event.currentTarget.value)}
              error={errors.field('ShowingStartTimestamp')}
              required
              data-autofocus
            />
            <TextInput
              type="datetime-local"
              label={t('showing.end')}
              value={end}
              onChange={(event) => setEnd(event.currentTarget.value)}
              error={errors.field('ShowingEndTimestamp')}
              required
            />
          </SimpleGrid>
          <Select
            label={t('showing.method')}
            data={methods.map((m) => ({ value: m, label: t(`method.${m}`) }))}
            value={method}
            onChange={(v) => isMethod(v) && setMethod(v)}
            error={errors.field('ShowingAppointmentMethod')}
            allowDeselect={false}
          />
          <FormFooter
            errors={errors}
            shown={['ShowingStartTimestamp', 'ShowingEndTimestamp', 'ShowingAppointmentMethod']}
            submitLabel={t('common.create')}
            cancelLabel={t('common.cancel')}
            pending={book.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
