import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useTexts } from '@crm/ui';
import { useState } from 'react';
import { texts } from '../texts.js';

interface ReasonDialogProps {
  title: string;
  /** Shown as required (the API still decides, and its error sits on the field). */
  reasonRequired?: boolean;
  /** The API's message for the reason field, if it named it. */
  reasonError?: string | undefined;
  /** The API's message when it named no field. */
  generalError?: string | undefined;
  pending: boolean;
  onSubmit: (reason: string | undefined) => void;
  onClose: () => void;
}

/** Confirms a state change with an optional (or required) reason. */
export function ReasonDialog(props: ReasonDialogProps) {
  const t = useTexts(texts);
  const [reason, setReason] = useState('');
  return (
    <Modal opened onClose={props.onClose} title={props.title}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          props.onSubmit(reason.trim() || undefined);
        }}
      >
        <Stack>
          <Textarea
            label={t(props.reasonRequired ? 'ticket.reasonRequired' : 'common.reasonOptional')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={props.reasonError}
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
              {t('common.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
