import { NumberInput, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { FormFooter, type FormErrors, type SettingsLabels } from '@crm/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/index.js';
import { settingsToSend, type SettingField, type SettingValue } from './settings-fields.js';

interface SettingsFormProps {
  fields: SettingField[];
  labels: SettingsLabels;
  submitLabel: string;
  pending: boolean;
  /** The API's problem with a setting, by its key (`config.<key>` without the prefix). */
  fieldError: (key: string) => string | undefined;
  /** The API's refusal: what no setting's input shows goes above the buttons. */
  errors: FormErrors;
  onSubmit: (config: Record<string, unknown>) => void;
  onCancel: () => void;
}

/** The plugin's settings as a form generated from its schema; labels come from its web module. */
export function SettingsForm(props: SettingsFormProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { fields, labels } = props;
  const [values, setValues] = useState<Record<string, SettingValue>>(() =>
    Object.fromEntries(fields.flatMap((f) => (f.kind === 'unsupported' ? [] : [[f.key, f.initial]]))),
  );
  const set = (key: string, value: SettingValue) => setValues((current) => ({ ...current, [key]: value }));
  const labelOf = (key: string) => labels[key]?.label[language] ?? key;
  const descriptionOf = (key: string) => labels[key]?.description?.[language];
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit(settingsToSend(fields, values));
      }}
    >
      <Stack>
        {fields.length === 0 && <Text c="dimmed">{t('plugins.noSettings')}</Text>}
        {fields.map((field) => {
          const common = {
            label: labelOf(field.key),
            description: descriptionOf(field.key),
            error: props.fieldError(field.key),
          };
          const value = values[field.key];
          switch (field.kind) {
            case 'number':
              return (
                <NumberInput
                  key={field.key}
                  {...common}
                  min={field.min}
                  max={field.max}
                  allowDecimal={!field.integer}
                  clampBehavior="none"
                  value={typeof value === 'number' ? value : ''}
                  onChange={(next) => set(field.key, typeof next === 'number' ? next : '')}
                />
              );
            case 'boolean':
              return (
                <Switch
                  key={field.key}
                  {...common}
                  checked={value === true}
                  onChange={(event) => set(field.key, event.currentTarget.checked)}
                />
              );
            case 'text':
              return (
                <TextInput
                  key={field.key}
                  {...common}
                  maxLength={field.maxLength}
                  value={typeof value === 'string' ? value : ''}
                  onChange={(event) => set(field.key, event.currentTarget.value)}
                />
              );
            case 'choice':
              return (
                <Select
                  key={field.key}
                  {...common}
                  data={field.options}
                  value={typeof value === 'string' ? value : null}
                  onChange={(next) => set(field.key, next)}
                />
              );
            case 'unsupported':
              return (
                <Text key={field.key} size="sm" c="dimmed">
                  {t('plugins.unsupportedSetting', { key: labelOf(field.key) })}
                </Text>
              );
          }
        })}
        <FormFooter
          errors={props.errors}
          shown={fields.flatMap((f) => (f.kind === 'unsupported' ? [] : [`config.${f.key}`]))}
          submitLabel={props.submitLabel}
          cancelLabel={t('common.cancel')}
          pending={props.pending}
          onCancel={props.onCancel}
        />
      </Stack>
    </form>
  );
}
