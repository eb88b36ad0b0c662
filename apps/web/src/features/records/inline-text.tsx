import { ActionIcon, Group, Text, TextInput, Tooltip } from '@mantine/core';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface InlineTextProps {
  label: string;
  value: string;
  /** Shown instead of the value (e.g. formatted money); editing always starts from `value`. */
  display?: string;
  onSave: (value: string) => Promise<unknown>;
  size?: 'sm' | 'md' | 'lg' | 'xl';
  testId?: string;
}

/** A header field edited in place: click or Enter to edit, Enter saves, Escape cancels. */
export function InlineText({ label, value, display, onSave, size = 'md', testId }: InlineTextProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    if (draft === null) return;
    if (draft === value) {
      setDraft(null);
      return;
    }
    setSaving(true);
    try {
      await onSave(draft);
      setDraft(null);
      setError(null);
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    } finally {
      setSaving(false);
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') void save();
    if (event.key === 'Escape') {
      setDraft(null);
      setError(null);
    }
  };
  if (draft !== null) {
    return (
      <TextInput
        aria-label={label}
        size={size === 'xl' ? 'md' : 'sm'}
        value={draft}
        autoFocus
        disabled={saving}
        error={error}
        onChange={(event) => setDraft(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        onBlur={() => void save()}
        data-testid={testId ? `${testId}-input` : undefined}
      />
    );
  }
  return (
    <Group gap={4} wrap="nowrap">
      <Text size={size} fw={size === 'xl' ? 700 : 500} data-testid={testId}>
        {display ?? (value || '—')}
      </Text>
      <Tooltip label={t('record.editField', { field: label })}>
        <ActionIcon
          variant="subtle"
          size="sm"
          aria-label={t('record.editField', { field: label })}
          onClick={() => setDraft(value)}
        >
          ✎
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
