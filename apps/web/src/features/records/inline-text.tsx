import { ActionIcon, Group, Text, TextInput, Tooltip } from '@mantine/core';
import { useRef, useState, type KeyboardEvent } from 'react';
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
  const [draft, setDraftState] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The draft and whether a save is under way, as of now rather than as of the last render: Enter saves
  // and disables the input, which blurs it, and the blur must not save a second time (with the version
  // the first save just made stale) nor save a draft that Escape dropped.
  const current = useRef<string | null>(null);
  const busy = useRef(false);
  const setDraft = (next: string | null) => {
    current.current = next;
    setDraftState(next);
  };
  const save = async () => {
    const next = current.current;
    if (next === null || busy.current) return;
    if (next === value) {
      setDraft(null);
      return;
    }
    busy.current = true;
    setSaving(true);
    try {
      await onSave(next);
      setDraft(null);
      setError(null);
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    } finally {
      busy.current = false;
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
