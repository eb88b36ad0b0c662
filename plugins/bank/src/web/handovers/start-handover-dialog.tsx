import { Modal, NumberInput, Select, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { FormFooter, useFieldErrors, useMutation, useQuery, useQueryClient, useTexts } from '@crm/ui';
import { useState } from 'react';
import { useBankApi } from '../api.js';
import { texts } from '../texts.js';

/**
 * Starts a manager-departure handover: the departing manager is picked from the workspace's members
 * (with the clients each manages; one whose handover is running is shown but cannot be picked).
 */
export function StartHandoverDialog({ onClose }: { onClose: () => void }) {
  const t = useTexts(texts);
  const api = useBankApi();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const candidates = useQuery(api.handovers.candidates.queryOptions({}));
  const [departingUserId, setDepartingUserId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [watchDays, setWatchDays] = useState<number | string>(90);
  const start = useMutation(
    api.handovers.start.mutationOptions({
      onSuccess: async () => {
        const picked = candidates.data?.items.find((c) => c.userId === departingUserId);
        notifications.show({ color: 'teal', message: t('handovers.started', { name: picked?.name ?? '' }) });
        onClose();
        await queryClient.invalidateQueries({ queryKey: api.handovers.pathKey() });
      },
      onError: errors.set,
    }),
  );
  const options = (candidates.data?.items ?? []).map((c) => ({
    value: c.userId,
    label:
      t('handover.candidate', { name: c.name, email: c.email, clients: String(c.clients) }) +
      (c.handoverRunning ? ` · ${t('handover.running')}` : ''),
    disabled: c.handoverRunning,
  }));
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('handovers.start')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          errors.clear();
          start.mutate({
            // An empty choice goes to the API, which names the field.
            departingUserId: departingUserId ?? '',
            reason: reason.trim() || null,
            watchDays: watchDays === '' ? 90 : Number(watchDays),
          });
        }}
      >
        <Stack>
          <Select
            label={t('handover.departing')}
            description={t('handover.departingHint')}
            data={options}
            value={departingUserId}
            onChange={setDepartingUserId}
            error={errors.field('departingUserId')}
            searchable
            withAsterisk
            nothingFoundMessage="—"
          />
          <Textarea
            label={t('handover.reasonOptional')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={errors.field('reason')}
          />
          <NumberInput
            label={t('handover.watchDays')}
            value={watchDays}
            onChange={setWatchDays}
            error={errors.field('watchDays')}
            min={1}
            max={365}
            clampBehavior="none"
          />
          <FormFooter
            errors={errors}
            shown={['departingUserId', 'reason', 'watchDays']}
            submitLabel={t('handover.submit')}
            cancelLabel={t('common.cancel')}
            pending={start.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
