import { z } from 'zod';

export const customFieldObjectTypes = ['account', 'contact', 'deal'] as const;
export type CustomFieldObjectType = (typeof customFieldObjectTypes)[number];

export const customFieldTypes = [
  'text',
  'number',
  'money',
  'date',
  'boolean',
  'select',
  'multiSelect',
  'user',
] as const;
export type CustomFieldType = (typeof customFieldTypes)[number];

export interface CustomFieldDefinitionView {
  key: string;
  label: string;
  type: CustomFieldType;
  options: string[];
  required: boolean;
  sensitive: boolean;
}

const isoDate = z.iso.date();

/** The zod schema that one custom field's value must satisfy. */
export function valueSchemaOf(definition: CustomFieldDefinitionView): z.ZodType {
  switch (definition.type) {
    case 'text':
      return z.string().max(10_000);
    case 'number':
      return z.number();
    case 'money':
      return z.object({
        amount: z
          .string()
          .regex(/^-?\d{1,16}(\.\d{1,2})?$/, 'must be a decimal amount with at most 2 decimals'),
        currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code'),
      });
    case 'date':
      return isoDate;
    case 'boolean':
      return z.boolean();
    case 'select':
      return z.enum(definition.options as [string, ...string[]]);
    case 'multiSelect':
      return z.array(z.enum(definition.options as [string, ...string[]])).max(100);
    case 'user':
      return z.uuid();
  }
}
