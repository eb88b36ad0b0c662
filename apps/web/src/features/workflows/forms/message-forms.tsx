import { Select, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorAt, errorsBelow, IntField, TextField } from './fields.js';
import type { StepFormProps } from './form-types.js';
import { emailRecipientTypes, isUserRecipient, RecipientsInput, userRecipientTypes } from './recipients.js';

export function SendEmailForm({ step, onChange, errors }: StepFormProps<'sendEmail'>) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <RecipientsInput
        value={step.to}
        types={emailRecipientTypes}
        errors={errorsBelow(errors, 'to')}
        onChange={(to) => onChange({ ...step, to })}
      />
      <TextField
        label={t('wf.fields.subject')}
        value={step.subject}
        error={errorAt(errors, 'subject')}
        onChange={(subject) => onChange({ ...step, subject })}
      />
      <TextField
        multiline
        label={t('wf.fields.body')}
        value={step.body}
        error={errorAt(errors, 'body')}
        onChange={(body) => onChange({ ...step, body })}
      />
    </Stack>
  );
}

export function NotifyForm({ step, onChange, errors }: StepFormProps<'notify'>) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <RecipientsInput
        value={step.to}
        types={userRecipientTypes}
        errors={errorsBelow(errors, 'to')}
        onChange={(to) => onChange({ ...step, to: to.filter(isUserRecipient) })}
      />
      <TextField
        label={t('wf.fields.title')}
        value={step.title}
        error={errorAt(errors, 'title')}
        onChange={(title) => onChange({ ...step, title })}
        testId="wf-field-title"
      />
      <TextField
        multiline
        label={t('wf.fields.body')}
        value={step.body}
        error={errorAt(errors, 'body')}
        onChange={(body) => onChange({ ...step, body: body || undefined })}
      />
    </Stack>
  );
}

export function WebhookForm({ step, onChange, errors }: StepFormProps<'webhook'>) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <TextField
        label={t('wf.fields.url')}
        value={step.url}
        error={errorAt(errors, 'url')}
        onChange={(url) => onChange({ ...step, url })}
      />
      <Select
        label={t('wf.fields.method')}
        data={['POST', 'PUT']}
        value={step.method}
        allowDeselect={false}
        onChange={(method) => {
          if (method === 'POST' || method === 'PUT') onChange({ ...step, method });
        }}
      />
      <TextField
        multiline
        mono
        label={t('wf.fields.webhookBody')}
        value={step.body}
        error={errorAt(errors, 'body')}
        onChange={(body) => onChange({ ...step, body: body || undefined })}
      />
      <IntField
        label={t('wf.fields.maxAttempts')}
        value={step.maxAttempts}
        min={1}
        max={20}
        error={errorAt(errors, 'maxAttempts')}
        onChange={(maxAttempts) => onChange({ ...step, maxAttempts: maxAttempts ?? 8 })}
      />
    </Stack>
  );
}
