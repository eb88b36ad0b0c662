import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkflowTrigger } from '../definition.js';
import { errorAt, errorsBelow, type FieldErrors } from './fields.js';

export type FieldChange = NonNullable<
  Extract<WorkflowTrigger, { type: 'record.updated' }>['changes']
>[number];

/** Parses what the admin typed as a literal: numbers, true/false, null, otherwise text. */
export function parseLiteral(text: string): string | number | boolean | null {
  const trimmed = text.trim();
  if (trimmed === 'true') return true;
  if (trimmed === 'false') return false;
  if (trimmed === 'null') return null;
  if (trimmed !== '' && /^-?\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  return text;
}

export function showLiteral(value: string | number | boolean | null | undefined): string {
  return value === undefined ? '' : value === null ? 'null' : String(value);
}

/** Field changes a trigger or a wait listens for: the field, and optionally the value it becomes. */
export function ChangesInput({
  value,
  onChange,
  errors,
}: {
  value: readonly FieldChange[];
  onChange: (changes: FieldChange[]) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation();
  const set = (i: number, change: FieldChange) => onChange(value.map((c, j) => (j === i ? change : c)));
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {t('wf.fields.changes')}
      </Text>
      {value.map((change, i) => {
        const rowErrors = errorsBelow(errors, String(i));
        return (
          <Group key={i} gap={4} align="flex-start" wrap="nowrap" grow>
            <TextInput
              label={t('wf.fields.field')}
              value={change.field}
              error={errorAt(rowErrors, 'field')}
              onChange={(e) => set(i, { ...change, field: e.currentTarget.value })}
            />
            <TextInput
              label={t('wf.fields.to')}
              value={showLiteral(change.to)}
              error={errorAt(rowErrors, 'to')}
              onChange={(e) => {
                const text = e.currentTarget.value;
                set(i, { field: change.field, ...(text === '' ? {} : { to: parseLiteral(text) }) });
              }}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mt={28}
              style={{ flexGrow: 0 }}
              aria-label={t('wf.fields.remove')}
              onClick={() => onChange(value.filter((_, j) => j !== i))}
            >
              ×
            </ActionIcon>
          </Group>
        );
      })}
      <Button variant="light" size="xs" onClick={() => onChange([...value, { field: '' }])}>
        {t('wf.fields.addChange')}
      </Button>
    </Stack>
  );
}
