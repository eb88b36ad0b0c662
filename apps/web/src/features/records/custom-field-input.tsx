import { Checkbox, Group, MultiSelect, NumberInput, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Outputs } from '../../app/api-types.js';
import { useMembers } from '../../app/session.js';

export type CustomFieldDefinition = Outputs['customFields']['list']['items'][number];

interface Money {
  amount: string;
  currency: string;
}

function isMoney(value: unknown): value is Money {
  return typeof value === 'object' && value !== null && 'amount' in value && 'currency' in value;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const list = (value: unknown) =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/**
 * A value as the API stores it, from an input's draft: empty inputs clear the field (`null`), a
 * number stays a number, money keeps its amount as a decimal string.
 */
export function storedValue(definition: CustomFieldDefinition, draft: unknown): unknown {
  switch (definition.type) {
    case 'number':
      return typeof draft === 'number' ? draft : null;
    case 'boolean':
      return typeof draft === 'boolean' ? draft : null;
    case 'money':
      return isMoney(draft) && draft.amount.trim() !== ''
        ? { amount: draft.amount.trim().replace(',', '.'), currency: draft.currency.trim().toUpperCase() }
        : null;
    case 'multiSelect':
      return list(draft).length > 0 ? list(draft) : null;
    default:
      return typeof draft === 'string' && draft.trim() !== '' ? draft.trim() : null;
  }
}

interface CustomFieldInputProps {
  definition: CustomFieldDefinition;
  value: unknown;
  onChange: (value: unknown) => void;
  error?: string | undefined;
  autoFocus?: boolean;
}

/** The input for one custom field, by its type; labelled with the field's label. */
export function CustomFieldInput({ definition, value, onChange, error, autoFocus }: CustomFieldInputProps) {
  const { t } = useTranslation();
  const members = useMembers();
  const common = { label: definition.label, required: definition.required, error, autoFocus };
  switch (definition.type) {
    case 'number':
      return (
        <NumberInput
          {...common}
          value={typeof value === 'number' ? value : ''}
          onChange={(next) => onChange(typeof next === 'number' ? next : null)}
        />
      );
    case 'money': {
      const money = isMoney(value) ? value : { amount: '', currency: 'RUB' };
      return (
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            {...common}
            inputMode="decimal"
            value={money.amount}
            onChange={(event) => onChange({ ...money, amount: event.currentTarget.value })}
          />
          <TextInput
            label={t('fields.currency')}
            aria-label={`${definition.label}: ${t('fields.currency')}`}
            w={90}
            maxLength={3}
            value={money.currency}
            onChange={(event) => onChange({ ...money, currency: event.currentTarget.value.toUpperCase() })}
          />
        </Group>
      );
    }
    case 'date':
      return (
        <TextInput
          {...common}
          type="date"
          value={text(value)}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    case 'boolean':
      return (
        <Checkbox
          label={definition.label}
          error={error}
          autoFocus={autoFocus}
          checked={value === true}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
      );
    case 'select':
      return (
        <Select
          {...common}
          clearable
          data={definition.options}
          value={text(value) || null}
          onChange={(next) => onChange(next)}
        />
      );
    case 'multiSelect':
      return (
        <MultiSelect
          {...common}
          clearable
          data={definition.options}
          value={list(value)}
          onChange={onChange}
        />
      );
    case 'user':
      return (
        <Select
          {...common}
          clearable
          searchable
          data={members.items.map((member) => ({ value: member.userId, label: member.name }))}
          value={text(value) || null}
          onChange={(next) => onChange(next)}
        />
      );
    default:
      return <TextInput {...common} value={text(value)} onChange={(e) => onChange(e.currentTarget.value)} />;
  }
}
