import { Group, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../../app/trpc.js';

/** Validation messages of one step by path below the step (`subject`, `sla.duration`, …). */
export type FieldErrors = ReadonlyMap<string, string>;

/** The first error at a field or below it. */
export function errorAt(errors: FieldErrors, field: string): string | undefined {
  const own = errors.get(field);
  if (own) return own;
  for (const [path, message] of errors) if (path.startsWith(`${field}.`)) return message;
  return undefined;
}

/** Errors below a field, re-keyed relative to it. */
export function errorsBelow(errors: FieldErrors, field: string): FieldErrors {
  const out = new Map<string, string>();
  for (const [path, message] of errors) {
    if (path === field) out.set('', message);
    else if (path.startsWith(`${field}.`)) out.set(path.slice(field.length + 1), message);
  }
  return out;
}

interface TextFieldProps {
  label: string;
  value: string | undefined;
  onChange: (value: string) => void;
  error?: string | undefined;
  description?: string;
  multiline?: boolean;
  mono?: boolean;
  testId?: string;
}

/** Text, templates and expressions (expressions in a monospace font). */
export function TextField({
  label,
  value,
  onChange,
  error,
  description,
  multiline,
  mono,
  testId,
}: TextFieldProps) {
  const props = {
    label,
    description,
    value: value ?? '',
    error,
    styles: mono ? { input: { fontFamily: 'var(--mantine-font-family-monospace)' } } : undefined,
    'data-testid': testId,
  };
  return multiline ? (
    <Textarea {...props} autosize minRows={2} maxRows={8} onChange={(e) => onChange(e.currentTarget.value)} />
  ) : (
    <TextInput {...props} onChange={(e) => onChange(e.currentTarget.value)} />
  );
}

interface IntFieldProps {
  label: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  error?: string | undefined;
  min?: number;
  max?: number;
}

export function IntField({ label, value, onChange, error, min, max }: IntFieldProps) {
  return (
    <NumberInput
      label={label}
      value={value ?? ''}
      error={error}
      min={min}
      max={max}
      allowDecimal={false}
      onChange={(next) => onChange(typeof next === 'number' ? next : undefined)}
    />
  );
}

export interface Duration {
  days?: number | undefined;
  hours?: number | undefined;
  minutes?: number | undefined;
  seconds?: number | undefined;
}

/** Days, hours, minutes (seconds when already set). */
export function DurationInput({
  value,
  onChange,
  error,
}: {
  value: Duration;
  onChange: (value: Duration) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const units = ['days', 'hours', 'minutes', ...(value.seconds ? (['seconds'] as const) : [])] as const;
  return (
    <Stack gap={4}>
      <Group grow gap="xs" align="flex-start">
        {units.map((unit) => (
          <IntField
            key={unit}
            label={t(`wf.fields.${unit}`)}
            value={value[unit]}
            min={0}
            onChange={(next) => onChange({ ...value, [unit]: next })}
          />
        ))}
      </Group>
      {error && (
        <span
          className="mantine-InputWrapper-error"
          style={{ color: 'var(--mantine-color-error)', fontSize: 12 }}
        >
          {error}
        </span>
      )}
    </Stack>
  );
}

export function useUserOptions() {
  const members = useQuery(trpc.members.list.queryOptions({ limit: '200' }));
  return (members.data?.items ?? []).map((m) => ({ value: m.userId, label: m.name || m.email }));
}

export function UserSelect(props: {
  label: string;
  value: string | undefined;
  onChange: (userId: string) => void;
  error?: string | undefined;
  clearable?: boolean;
}) {
  const options = useUserOptions();
  return (
    <Select
      label={props.label}
      data={options}
      value={props.value || null}
      error={props.error}
      searchable
      clearable={props.clearable}
      onChange={(value) => props.onChange(value ?? '')}
    />
  );
}

export function TeamSelect(props: {
  value: string;
  onChange: (teamId: string) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const teams = useQuery(trpc.teams.list.queryOptions({}));
  return (
    <Select
      label={t('wf.fields.team')}
      data={(teams.data?.items ?? []).map((team) => ({ value: team.id, label: team.name }))}
      value={props.value || null}
      error={props.error}
      onChange={(value) => props.onChange(value ?? '')}
    />
  );
}

export function RoleSelect(props: {
  value: string;
  onChange: (role: string) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const roles = useQuery(trpc.roles.list.queryOptions({}));
  const data = (roles.data?.items ?? []).map((role) => ({ value: role.key, label: role.name }));
  if (props.value && !data.some((option) => option.value === props.value)) {
    data.push({ value: props.value, label: props.value });
  }
  return (
    <Select
      label={t('wf.fields.role')}
      data={data}
      value={props.value || null}
      error={props.error}
      searchable
      onChange={(value) => props.onChange(value ?? '')}
    />
  );
}
