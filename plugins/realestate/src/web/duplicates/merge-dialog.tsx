import { Modal, Radio, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { FormFooter, useFieldErrors, useMutation, useQueryClient, useTexts } from '@crm/ui';
import { useState } from 'react';
import { useRealestateApi } from '../api.js';
import { texts } from '../texts.js';
import type { Duplicate } from '../types.js';

/**
 * Merges a suspected pair: the reviewer picks which object stays the original (by default the one
 * taken in first); the other becomes its duplicate, its showings and deals move over, and both
 * histories and the audit log record the decision.
 */
export function MergeDialog({ pair, onClose }: { pair: Duplicate; onClose: () => void }) {
  const t = useTexts(texts);
  const api = useRealestateApi();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [originalKey, setOriginalKey] = useState(pair.candidateKey);
  const [note, setNote] = useState('');
  const sides = [pair.candidate, pair.property];
  const original = sides.find((s) => s.ListingKey === originalKey) ?? pair.candidate;
  const duplicate = sides.find((s) => s.ListingKey !== originalKey) ?? pair.property;
  const merge = useMutation(
    api.properties.merge.mutationOptions({
      onSuccess: async () => {
        notifications.show({
          color: 'teal',
          message: t('duplicates.merged', { duplicate: duplicate.ListingId, original: original.ListingId }),
        });
        onClose();
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: api.duplicates.pathKey() }),
          queryClient.invalidateQueries({ queryKey: api.properties.pathKey() }),
        ]);
      },
      onError: errors.set,
    }),
  );
  const sideError = errors.field('intoKey') ?? errors.field('ListingKey');
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened
      onClose={onClose}
      title={t('duplicates.mergeTitle')}
      size="lg"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          errors.clear();
          merge.mutate({
            ListingKey: duplicate.ListingKey,
            intoKey: original.ListingKey,
            note: note.trim() || null,
          });
        }}
      >
        <Stack>
          <Radio.Group
            label={t('duplicates.original')}
            description={t('duplicates.originalHint')}
            value={originalKey}
            onChange={setOriginalKey}
            error={sideError}
          >
            <Stack gap="xs" mt="xs">
              {sides.map((side) => (
                <Radio
                  key={side.ListingKey}
                  value={side.ListingKey}
                  label={`${side.ListingId} · ${side.UnparsedAddress}${side.UnitNumber ? `, ${side.UnitNumber}` : ''}`}
                />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea
            label={t('duplicates.note')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={errors.field('note')}
          />
          <FormFooter
            errors={errors}
            shown={['intoKey', 'ListingKey', 'note']}
            submitLabel={t('duplicates.merge')}
            cancelLabel={t('common.cancel')}
            pending={merge.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
