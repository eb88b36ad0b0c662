import { NumberInput, Select, Stack, Switch, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorAt, type FieldErrors } from './fields.js';

interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  description?: string;
  title?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads the JSON Schema subset the form understands; anything else is edited as JSON. */
function asSchema(value: unknown): JsonSchema {
  if (!isRecord(value)) return {};
  const properties = isRecord(value.properties)
    ? Object.fromEntries(Object.entries(value.properties).map(([key, prop]) => [key, asSchema(prop)]))
    : undefined;
  const strings = (list: unknown) =>
    Array.isArray(list) ? list.filter((v) => typeof v === 'string') : undefined;
  return {
    type: typeof value.type === 'string' ? value.type : strings(value.type),
    enum: Array.isArray(value.enum) ? value.enum : undefined,
    properties,
    required: strings(value.required),
    items: value.items === undefined ? undefined : asSchema(value.items),
    description: typeof value.description === 'string' ? value.description : undefined,
    title: typeof value.title === 'string' ? value.title : undefined,
  };
}

function JsonField({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: unknown;
  onChange: (value: unknown) => void;
  error: string | undefined;
}) {
  const [text, setText] = useState(() => JSON.stringify(value ?? null, null, 2));
  const [parseError, setParseError] = useState<string | undefined>();
  return (
    <Textarea
      label={label}
      value={text}
      autosize
      minRows={2}
      error={parseError ?? error}
      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      onChange={(e) => {
        const next = e.currentTarget.value;
        setText(next);
        try {
          onChange(JSON.parse(next));
          setParseError(undefined);
        } catch (cause) {
          setParseError(cause instanceof Error ? cause.message : String(cause));
        }
      }}
    />
  );
}

function SchemaField({
  name,
  schema,
  value,
  required,
  onChange,
  error,
}: {
  name: string;
  schema: JsonSchema;
  value: unknown;
  required: boolean;
  onChange: (value: unknown) => void;
  error: string | undefined;
}) {
  const label = schema.title ?? name;
  const common = { label, description: schema.description, error, withAsterisk: required };
  if (schema.enum) {
    const options = schema.enum.map((option) => ({
      value: JSON.stringify(option),
      label: typeof option === 'string' ? option : JSON.stringify(option),
    }));
    return (
      <Select
        {...common}
        data={options}
        clearable={!required}
        value={value === undefined ? null : JSON.stringify(value)}
        onChange={(next) => onChange(schema.enum?.find((option) => JSON.stringify(option) === next))}
      />
    );
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (type === 'string')
    return (
      <TextInput
        {...common}
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => onChange(e.currentTarget.value || undefined)}
      />
    );
  if (type === 'number' || type === 'integer')
    return (
      <NumberInput
        {...common}
        allowDecimal={type === 'number'}
        value={typeof value === 'number' ? value : ''}
        onChange={(next) => onChange(typeof next === 'number' ? next : undefined)}
      />
    );
  if (type === 'boolean')
    return (
      <Switch
        label={label}
        description={schema.description}
        error={error}
        checked={value === true}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
    );
  if (type === 'array' && schema.items?.type === 'string')
    return (
      <TagsInput
        {...common}
        value={Array.isArray(value) ? value.filter((v) => typeof v === 'string') : []}
        onChange={onChange}
      />
    );
  return <JsonField label={label} value={value} error={error} onChange={onChange} />;
}

/**
 * A form generated from a plugin step's input JSON Schema (for plugin steps without an editor of
 * their own): one field per property, typed by the schema, errors by property path.
 */
export function SchemaForm({
  schema: raw,
  value,
  onChange,
  errors,
}: {
  schema: unknown;
  value: Readonly<Record<string, unknown>>;
  onChange: (value: Record<string, unknown>) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation();
  const schema = asSchema(raw);
  const properties = Object.entries(schema.properties ?? {});
  return (
    <Stack gap="sm">
      <Text size="xs" c="dimmed">
        {t('wf.editor.pluginFallback')}
      </Text>
      {properties.map(([name, property]) => (
        <SchemaField
          key={name}
          name={name}
          schema={property}
          value={value[name]}
          required={schema.required?.includes(name) ?? false}
          error={errorAt(errors, name)}
          onChange={(next) => {
            const rest = Object.fromEntries(Object.entries(value).filter(([key]) => key !== name));
            onChange(next === undefined ? rest : { ...rest, [name]: next });
          }}
        />
      ))}
      {errors.get('') && (
        <Text size="xs" c="red">
          {errors.get('')}
        </Text>
      )}
    </Stack>
  );
}
