import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';

/** The dialog's texts, in the module's language (each module keeps them in its own texts). */
export interface ReasonDialogLabels {
  /** The reason field's label when the API requires one, and when it is optional. */
  reasonRequired: string;
  reasonOptional: string;
  submit: string;
  cancel: string;
}

export interface ReasonDialogProps {
  title: string;
  /** The API refuses the move without a reason (rejecting, declining, withdrawing). */
  reasonRequired: boolean;
  pending: boolean;
  /** The API's message on the reason field, if it refused it. */
  reasonError: string | undefined;
  /** The API's message that belongs to no field (a conflict, a permission). */
  generalError: string | undefined;
  labels: ReasonDialogLabels;
  onConfirm: (reason: string | null) => void;
  onClose: () => void;
}

/** Confirms a status change, with the reason the API keeps in the record's status log. */
export function ReasonDialog(props: ReasonDialogProps) {
  const [reason, setReason] = useState('');
  const { labels } = props;
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
            label={props.reasonRequired ? labels.reasonRequired : labels.reasonOptional}
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
              {labels.cancel}
            </Button>
            <Button type="submit" loading={props.pending}>
              {labels.submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
