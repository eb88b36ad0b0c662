import { Modal, Select, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { FormFooter, useFieldErrors, useMutation, useQueryClient, useTexts } from '@crm/ui';
import { useState } from 'react';
import { useBankApi } from '../api.js';
import { texts } from '../texts.js';
import { isProductType, productTypes, type ProductType } from '../types.js';

/** Refers the client to a specialist for a product: the referral starts as Submitted. */
export function ReferDialog({ planId, onClose }: { planId: string; onClose: () => void }) {
  const t = useTexts(texts);
  const api = useBankApi();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [productType, setProductType] = useState<ProductType | null>(null);
  const [notes, setNotes] = useState('');
  const refer = useMutation(
    api.referrals.create.mutationOptions({
      onSuccess: async () => {
        notifications.show({ color: 'teal', message: t('referral.created') });
        onClose();
        await queryClient.invalidateQueries({ queryKey: api.referrals.pathKey() });
      },
      onError: errors.set,
    }),
  );
  return (
    <Modal opened onClose={onClose} title={t('referrals.add')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          errors.clear();
          if (!productType) return;
          refer.mutate({ planId, productType, notes: notes.trim() || null });
        }}
      >
        <Stack>
          <Select
            label={t('referral.product')}
            data={productTypes.map((type) => ({ value: type, label: t(`productType.${type}`) }))}
            value={productType}
            onChange={(value) => setProductType(isProductType(value) ? value : null)}
            error={errors.field('productType')}
            required
            data-autofocus
          />
          <Textarea
            label={t('referral.notes')}
            value={notes}
            onChange={(event) => setNotes(event.currentTarget.value)}
            error={errors.field('notes')}
          />
          <FormFooter
            errors={errors}
            shown={['productType', 'notes']}
            submitLabel={t('common.create')}
            cancelLabel={t('common.cancel')}
            pending={refer.isPending}
            submitDisabled={!productType}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
