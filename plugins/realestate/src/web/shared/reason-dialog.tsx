import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useTexts } from '@crm/ui';
import { useState } from 'react';
import { texts } from '../texts.js';

interface ReasonDialogProps {
  title: string;
  /** The API refuses the move without a reason (rejecting, declining, withdrawing). */
  reasonRequired: boolean;
  pending: boolean;
  /** The API's message on the reason field, if it refused it. */
  reasonError: string | undefined;
  generalError: string | undefined;
  onConfirm: (reason: string | null) => void;
  onClose: () => void;
}

/** Confirms a status change, with the reason the API keeps in the record's status log. */
export function ReasonDialog(props: ReasonDialogProps) {
  const t = useTexts(texts);
  const [reason, setReason] = useState('');
  return (
    <Modal opened onClose={props.onClose} title={props.title}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          props.onConfirm(reason.trim() || null);
        }}
      >
        <Stack>
          <Textarea
            label={t(props.reasonRequired ? 'move.reasonRequired' : 'move.reasonOptional')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={props.reasonError}
            required={props.reasonRequired}
            data-autofocus
          />
          {props.generalError && (
            <Text c="red.8" size="sm" role="alert">
              {props.generalError}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={props.pending}>
              {t('move.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
