import { Select, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StepOfKind } from '../definition.js';
import { ChangesInput } from './changes-input.js';
import { DurationInput, errorAt, errorsBelow, IntField, RoleSelect, TextField } from './fields.js';
import type { StepFormProps } from './form-types.js';
import { SlaEditor } from './sla-editor.js';

export function ConditionForm({ step, onChange, errors }: StepFormProps<'condition'>) {
  const { t } = useTranslation();
  return (
    <TextField
      mono
      multiline
      label={t('wf.fields.if')}
      description={t('wf.fields.conditionHelp')}
      value={step.if}
      error={errorAt(errors, 'if')}
      onChange={(value) => onChange({ ...step, if: value })}
    />
  );
}

export function DelayForm({ step, onChange, errors }: StepFormProps<'delay'>) {
  return (
    <DurationInput
      value={step.duration}
      error={errorAt(errors, 'duration')}
      onChange={(duration) => onChange({ ...step, duration })}
    />
  );
}

export function WaitUntilForm({ step, onChange, errors }: StepFormProps<'waitUntil'>) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <TextField
        mono
        label={t('wf.fields.date')}
        value={step.date}
        error={errorAt(errors, 'date')}
        onChange={(date) => onChange({ ...step, date })}
      />
      <IntField
        label={t('wf.fields.offsetDays')}
        value={step.offsetDays}
        error={errorAt(errors, 'offsetDays')}
        onChange={(offsetDays) => onChange({ ...step, offsetDays: offsetDays ?? 0 })}
      />
    </Stack>
  );
}

type WaitEvent = StepOfKind<'waitForEvent'>['event'];

function blankEvent(type: WaitEvent['type']): WaitEvent {
  if (type === 'taskCompleted') return { type, taskStep: '' };
  if (type === 'signal') return { type, name: 'go' };
  return { type, changes: [{ field: 'status' }] };
}

/** Waiting for a task, a change of the record or a named signal; the task steps come from the tree. */
export function WaitForEventForm({
  step,
  onChange,
  errors,
  taskSteps,
}: StepFormProps<'waitForEvent'> & { taskSteps: readonly string[] }) {
  const { t } = useTranslation();
  const { event } = step;
  const eventErrors = errorsBelow(errors, 'event');
  return (
    <Stack gap="sm">
      <Select
        label={t('wf.fields.event')}
        data={(['taskCompleted', 'recordUpdated', 'signal'] as const).map((type) => ({
          value: type,
          label: t(`wf.fields.eventType.${type}`),
        }))}
        value={event.type}
        allowDeselect={false}
        onChange={(type) => {
          if (type === 'taskCompleted' || type === 'recordUpdated' || type === 'signal')
            onChange({ ...step, event: blankEvent(type) });
        }}
      />
      {event.type === 'taskCompleted' && (
        <Select
          label={t('wf.fields.taskStep')}
          data={[...taskSteps]}
          value={event.taskStep || null}
          error={errorAt(eventErrors, 'taskStep')}
          onChange={(taskStep) => onChange({ ...step, event: { ...event, taskStep: taskStep ?? '' } })}
        />
      )}
      {event.type === 'signal' && (
        <TextField
          label={t('wf.fields.signalName')}
          value={event.name}
          error={errorAt(eventErrors, 'name')}
          onChange={(name) => onChange({ ...step, event: { ...event, name } })}
        />
      )}
      {event.type === 'recordUpdated' && (
        <>
          <ChangesInput
            value={event.changes ?? []}
            errors={errorsBelow(eventErrors, 'changes')}
            onChange={(changes) =>
              onChange({ ...step, event: { ...event, changes: changes.length ? changes : undefined } })
            }
          />
          <TextField
            mono
            label={t('wf.fields.condition')}
            value={event.condition}
            error={errorAt(eventErrors, 'condition')}
            onChange={(condition) =>
              onChange({ ...step, event: { ...event, condition: condition || undefined } })
            }
          />
        </>
      )}
      <SlaEditor
        value={step.sla}
        errors={errorsBelow(errors, 'sla')}
        onChange={(sla) => onChange({ ...step, sla })}
      />
    </Stack>
  );
}

export function ApprovalForm({ step, onChange, errors }: StepFormProps<'approval'>) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <RoleSelect
        value={step.role}
        error={errorAt(errors, 'role')}
        onChange={(role) => onChange({ ...step, role })}
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
        label={t('wf.fields.description')}
        value={step.description}
        error={errorAt(errors, 'description')}
        onChange={(description) => onChange({ ...step, description: description || undefined })}
      />
      <SlaEditor
        value={step.sla}
        errors={errorsBelow(errors, 'sla')}
        onChange={(sla) => onChange({ ...step, sla })}
      />
    </Stack>
  );
}
