import { Modal, Stack, Textarea } from '@mantine/core';
import { FormFooter, useTexts, type FormErrors } from '@crm/ui';
import { useState } from 'react';
import { texts } from '../texts.js';

interface ReasonDialogProps {
  title: string;
  /** Shown as required (the API still decides, and its error sits on the field). */
  reasonRequired?: boolean;
  /** The API's name of the reason field (`statusReason`, `reason`): its error sits on the input. */
  reasonField: string;
  /** The API's refusal (`useFieldErrors()`): the rest shows above the buttons. */
  errors: FormErrors & { field: (name: string) => string | undefined };
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
            error={props.errors.field(props.reasonField)}
            data-autofocus
          />
          <FormFooter
            errors={props.errors}
            shown={[props.reasonField]}
            submitLabel={t('common.confirm')}
            cancelLabel={t('common.cancel')}
            pending={props.pending}
            onCancel={props.onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
