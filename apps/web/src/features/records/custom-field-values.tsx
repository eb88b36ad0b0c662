import { ActionIcon, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../app/trpc.js';
import { useFormat } from '../../lib/format.js';
import { CustomFieldInput, storedValue, type CustomFieldDefinition } from './custom-field-input.js';
import { useMemberName } from './member-name.js';

type ObjectType = 'contact' | 'account' | 'deal';

/** One stored value as text for reading, by the field's type, in the user's locale. */
function useShow() {
  const { t } = useTranslation();
  const format = useFormat();
  const nameOf = useMemberName();
  return (definition: CustomFieldDefinition, value: unknown): string => {
    if (value === null || value === undefined) return '—';
    switch (definition.type) {
      case 'boolean':
        return value === true ? t('common.yes') : t('common.no');
      case 'money':
        return typeof value === 'object' && 'amount' in value && 'currency' in value
          ? format.money(String(value.amount), String(value.currency))
          : '—';
      case 'date':
        return typeof value === 'string' ? format.date(`${value}T00:00:00`) : '—';
      case 'number':
        return typeof value === 'number' ? format.number(value) : '—';
      case 'user':
        return typeof value === 'string' ? nameOf(value) : '—';
      case 'multiSelect':
        return Array.isArray(value) ? value.join(', ') : '—';
      default:
        return typeof value === 'string' ? value : JSON.stringify(value);
    }
  };
}

/**
 * The record's custom fields the user's role sees, labelled by their definitions, in the admin's
 * order; with `onSave`, each is edited in place (the API validates and names a wrong value).
 */
export function CustomFieldValues({
  objectType,
  values,
  onSave,
}: {
  objectType: ObjectType;
  values: Record<string, unknown>;
  onSave?: (changes: Record<string, unknown>) => Promise<unknown>;
}) {
  const definitions = useQuery(trpc.customFields.list.queryOptions({ objectType, limit: '200' }));
  return (
    <>
      {(definitions.data?.items ?? [])
        .filter((definition) => definition.visible)
        .map((definition) => (
          <CustomFieldValue
            key={definition.id}
            definition={definition}
            value={values[definition.key]}
            onSave={onSave}
          />
        ))}
    </>
  );
}

function CustomFieldValue({
  definition,
  value,
  onSave,
}: {
  definition: CustomFieldDefinition;
  value: unknown;
  onSave: ((changes: Record<string, unknown>) => Promise<unknown>) | undefined;
}) {
  const { t } = useTranslation();
  const show = useShow();
  const [draft, setDraft] = useState<{ value: unknown } | null>(null);
  const [error, setError] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const save = async () => {
    if (!draft || !onSave) return;
    setSaving(true);
    try {
      await onSave({ [definition.key]: storedValue(definition, draft.value) });
      setDraft(null);
      setError(undefined);
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    } finally {
      setSaving(false);
    }
  };
  if (draft) {
    return (
      <Stack gap={4} data-testid={`custom-field-${definition.key}`}>
        <CustomFieldInput
          definition={definition}
          value={draft.value}
          error={error}
          autoFocus
          onChange={(next) => setDraft({ value: next })}
        />
        <Group gap="xs">
          <Button size="xs" loading={saving} onClick={() => void save()}>
            {t('common.save')}
          </Button>
          <Button
            size="xs"
            variant="default"
            onClick={() => {
              setDraft(null);
              setError(undefined);
            }}
          >
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    );
  }
  return (
    <Stack gap={0} data-testid={`custom-field-${definition.key}`}>
      <Text size="xs" c="dimmed">
        {definition.label}
      </Text>
      <Group gap={4} wrap="nowrap">
        <Text>{show(definition, value)}</Text>
        {onSave && (
          <Tooltip label={t('record.editField', { field: definition.label })}>
            <ActionIcon
              variant="subtle"
              size="sm"
              aria-label={t('record.editField', { field: definition.label })}
              onClick={() => setDraft({ value: value ?? null })}
            >
              ✎
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
    </Stack>
  );
}
