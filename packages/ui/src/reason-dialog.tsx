import { Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { FormFooter, type FormErrors } from './form-footer.js';

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
  /** The API's name of the reason field (`reason`, `note`): its problem shows on the input. */
  reasonField: string;
  /** The API's refusal (`useFieldErrors()`): what the reason input does not show goes above the buttons. */
  errors: FormErrors & { field: (name: string) => string | undefined };
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
            error={props.errors.field(props.reasonField)}
            required={props.reasonRequired}
            data-autofocus
          />
          <FormFooter
            errors={props.errors}
            shown={[props.reasonField]}
            submitLabel={labels.submit}
            cancelLabel={labels.cancel}
            pending={props.pending}
            onCancel={props.onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
