import { Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { FormFooter, useFieldErrors, useMutation, useTexts } from '@crm/ui';
import { useState } from 'react';
import { useTelecomApi } from '../api.js';
import { useTelecomRefresh } from '../shared/use-refresh.js';
import { texts } from '../texts.js';
import { isProductStatus, productStatuses, type Product, type ProductStatus } from '../types.js';

/**
 * Moves a subscription along its TMF637 lifecycle. The moves allowed now come first; the others stay
 * offered (greyed into their own group) because the server decides: a refused move (409, naming both
 * states and what is allowed) shows on the status field, a bad reason on the reason field.
 */
export function SubscriptionStatusDialog({ product, onClose }: { product: Product; onClose: () => void }) {
  const t = useTexts(texts);
  const api = useTelecomApi();
  const refresh = useTelecomRefresh();
  const errors = useFieldErrors();
  const [status, setStatus] = useState<ProductStatus | null>(product.allowedTransitions[0] ?? null);
  const [reason, setReason] = useState('');
  const move = useMutation(
    api.product.transition.mutationOptions({
      onSuccess: async (moved) => {
        notifications.show({
          color: 'teal',
          message: t('common.moved', {
            name: moved.productSerialNumber,
            status: t(`pstatus.${moved.status}`),
          }),
        });
        onClose();
        await refresh();
      },
      onError: errors.set,
    }),
  );
  const option = (s: ProductStatus) => ({ value: s, label: t(`pstatus.${s}`) });
  const others = productStatuses.filter(
    (s) => s !== product.status && !product.allowedTransitions.includes(s),
  );
  const data = [
    { group: t('sub.allowedNow'), items: product.allowedTransitions.map(option) },
    { group: t('sub.notAllowedNow'), items: others.map(option) },
  ].filter((group) => group.items.length > 0);
  const reasonError = errors.field('statusReason');
  return (
    <Modal opened onClose={onClose} title={t('sub.changeStatusOf', { line: product.productSerialNumber })}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          errors.clear();
          if (!status) return;
          move.mutate({ id: product.id, status, ...(reason.trim() ? { statusReason: reason.trim() } : {}) });
        }}
      >
        <Stack>
          <Text size="sm">{t('sub.currentStatus', { status: t(`pstatus.${product.status}`) })}</Text>
          <Select
            label={t('sub.newStatus')}
            data={data}
            value={status}
            onChange={(v) => setStatus(isProductStatus(v) ? v : null)}
            allowDeselect={false}
            withAsterisk
            // The server's refusal of the move names no field: it is about this one.
            error={errors.field('status') ?? errors.general}
            data-autofocus
          />
          <Textarea
            label={t('common.reasonOptional')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={reasonError}
          />
          <FormFooter
            // The message that names no field is on the status field already.
            errors={{ general: undefined, fields: errors.fields }}
            shown={['status', 'statusReason']}
            submitLabel={t('sub.changeStatus')}
            cancelLabel={t('common.cancel')}
            pending={move.isPending}
            submitDisabled={!status}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
