/** One setting of a plugin as the admin's form shows it, read from the settings' JSON Schema. */
export type SettingField =
  | { key: string; kind: 'number'; integer: boolean; min?: number; max?: number; initial: number | '' }
  | { key: string; kind: 'boolean'; initial: boolean }
  | { key: string; kind: 'text'; maxLength?: number; initial: string }
  | { key: string; kind: 'choice'; options: string[]; initial: string | null }
  | { key: string; kind: 'unsupported' };

export type SettingValue = number | boolean | string | null;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const numberOr = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

function fieldOf(key: string, schema: Record<string, unknown>, current: unknown): SettingField {
  const value = current === undefined ? schema.default : current;
  if (Array.isArray(schema.enum) && schema.enum.every((option) => typeof option === 'string')) {
    const options = schema.enum.filter((option): option is string => typeof option === 'string');
    return { key, kind: 'choice', options, initial: typeof value === 'string' ? value : null };
  }
  switch (schema.type) {
    case 'integer':
    case 'number': {
      const field: SettingField = {
        key,
        kind: 'number',
        integer: schema.type === 'integer',
        initial: typeof value === 'number' ? value : '',
      };
      const min = numberOr(schema.minimum);
      const max = numberOr(schema.maximum);
      if (min !== undefined) field.min = min;
      if (max !== undefined) field.max = max;
      return field;
    }
    case 'boolean':
      return { key, kind: 'boolean', initial: value === true };
    case 'string': {
      const field: SettingField = { key, kind: 'text', initial: typeof value === 'string' ? value : '' };
      const maxLength = numberOr(schema.maxLength);
      if (maxLength !== undefined) field.maxLength = maxLength;
      return field;
    }
    default:
      return { key, kind: 'unsupported' };
  }
}

/**
 * The form's fields from the plugin's settings schema (zod's JSON Schema, input side), filled with
 * the tenant's current settings or the defaults. Nested objects and arrays are left to the API.
 */
export function settingFields(schema: unknown, current: Record<string, unknown> | null): SettingField[] {
  if (!isObject(schema) || !isObject(schema.properties)) return [];
  return Object.entries(schema.properties).map(([key, property]) =>
    isObject(property) ? fieldOf(key, property, current?.[key]) : { key, kind: 'unsupported' },
  );
}

/** The settings to send: empty optional fields left out so the plugin's defaults apply. */
export function settingsToSend(
  fields: SettingField[],
  values: Record<string, SettingValue>,
): Record<string, unknown> {
  const config: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field.key];
    if (field.kind === 'unsupported' || value === undefined || value === '' || value === null) continue;
    config[field.key] = value;
  }
  return config;
}
