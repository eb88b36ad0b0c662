import { Fieldset, MultiSelect, Select, Stack, TagsInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  recordTypes,
  triggerRecordType,
  triggerTypes,
  type Draft,
  type WorkflowSettings,
  type WorkflowTrigger,
} from '../definition.js';
import { newTrigger } from '../new-step.js';
import { ChangesInput } from './changes-input.js';
import { errorAt, errorsBelow, IntField, TextField, type FieldErrors } from './fields.js';

const defaultSettings: WorkflowSettings = { timeZone: 'UTC', workDays: [1, 2, 3, 4, 5], holidays: [] };

/** The trigger (what starts a run) and the workflow's settings (time zone, business days). */
export function TriggerForm({
  trigger,
  settings,
  onTrigger,
  onSettings,
  errors,
}: {
  trigger: WorkflowTrigger;
  settings: Draft['settings'];
  onTrigger: (trigger: WorkflowTrigger) => void;
  onSettings: (settings: WorkflowSettings) => void;
  errors: { trigger: FieldErrors; settings: FieldErrors };
}) {
  const { t } = useTranslation();
  const recordType = triggerRecordType(trigger) ?? 'deal';
  const current = settings ?? defaultSettings;
  const e = errors.trigger;
  return (
    <Stack gap="sm">
      <Select
        label={t('wf.columns.trigger')}
        data={triggerTypes.map((type) => ({ value: type, label: t(`wf.trigger.${type}`) }))}
        value={trigger.type}
        allowDeselect={false}
        data-testid="wf-trigger-type"
        onChange={(value) => {
          const type = triggerTypes.find((option) => option === value);
          if (type) onTrigger(newTrigger(type, recordType));
        }}
      />
      {trigger.type !== 'schedule' && (
        <Select
          label={t('wf.fields.recordType')}
          data={recordTypes.map((type) => ({ value: type, label: t(`wf.recordType.${type}`) }))}
          value={trigger.recordType ?? null}
          error={errorAt(e, 'recordType')}
          clearable={trigger.type === 'webhook'}
          onChange={(value) => {
            const next = recordTypes.find((type) => type === value);
            if (next) onTrigger({ ...trigger, recordType: next });
            else if (trigger.type === 'webhook') onTrigger({ type: 'webhook' });
          }}
        />
      )}
      {trigger.type === 'record.updated' && (
        <ChangesInput
          value={trigger.changes ?? []}
          errors={errorsBelow(e, 'changes')}
          onChange={(changes) => onTrigger({ ...trigger, changes: changes.length ? changes : undefined })}
        />
      )}
      {trigger.type === 'date' && (
        <>
          <TextInput
            label={t('wf.fields.dateField')}
            value={trigger.field}
            error={errorAt(e, 'field')}
            onChange={(event) => onTrigger({ ...trigger, field: event.currentTarget.value })}
          />
          <IntField
            label={t('wf.fields.offsetDays')}
            value={trigger.offsetDays}
            error={errorAt(e, 'offsetDays')}
            onChange={(offsetDays) => onTrigger({ ...trigger, offsetDays: offsetDays ?? 0 })}
          />
        </>
      )}
      {(trigger.type === 'record.created' ||
        trigger.type === 'record.updated' ||
        trigger.type === 'date') && (
        <TextField
          mono
          label={t('wf.fields.condition')}
          description={t('wf.fields.conditionHelp')}
          value={trigger.condition}
          error={errorAt(e, 'condition')}
          onChange={(condition) => onTrigger({ ...trigger, condition: condition || undefined })}
        />
      )}
      {trigger.type === 'schedule' && (
        <>
          <TextField
            mono
            label={t('wf.fields.cron')}
            value={trigger.cron}
            error={errorAt(e, 'cron')}
            onChange={(cron) => onTrigger({ ...trigger, cron })}
          />
          <TextField
            label={t('wf.fields.timeZone')}
            value={trigger.timeZone}
            error={errorAt(e, 'timeZone')}
            onChange={(timeZone) => onTrigger({ ...trigger, timeZone })}
          />
        </>
      )}
      <Fieldset legend={t('wf.editor.settings')} p="xs">
        <Stack gap="xs">
          <TextField
            label={t('wf.editor.timeZone')}
            value={current.timeZone}
            error={errorAt(errors.settings, 'timeZone')}
            onChange={(timeZone) => onSettings({ ...current, timeZone })}
          />
          <MultiSelect
            label={t('wf.editor.workDays')}
            data={['1', '2', '3', '4', '5', '6', '7']}
            value={current.workDays.map(String)}
            error={errorAt(errors.settings, 'workDays')}
            onChange={(days) => onSettings({ ...current, workDays: days.map(Number).sort() })}
          />
          <TagsInput
            label={t('wf.editor.holidays')}
            value={current.holidays}
            error={errorAt(errors.settings, 'holidays')}
            onChange={(holidays) => onSettings({ ...current, holidays })}
          />
        </Stack>
      </Fieldset>
    </Stack>
  );
}
