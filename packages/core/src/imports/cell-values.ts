import type { CustomFieldDefinitionView } from '../custom-fields/index.js';

/**
 * A cell as the import reads it: an exported cell that the formula guard prefixed with an
 * apostrophe (`'=1+2`, `'+7 900…`) gets its original value back; everything else is kept as is.
 * Empty (or blank) cells are absent.
 */
export function cellValue(raw: string): string | undefined {
  const unescaped = /^'[=+\-@\t\r]/.test(raw) ? raw.slice(1) : raw;
  return unescaped.trim() === '' ? undefined : unescaped;
}

/** A multi-value cell (`a@x.ru; b@y.ru`) as its values. */
export function splitList(value: string): string[] {
  return value
    .split(/[;,\n]/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

const truthy = new Set(['true', 'yes', 'y', '1', 'да', 'д', 'истина']);
const falsy = new Set(['false', 'no', 'n', '0', 'нет', 'н', 'ложь']);

function toNumber(value: string): number | string {
  const compact = value.replace(/[\s\u00a0]/g, '');
  const normal = /^-?\d+,\d+$/.test(compact) ? compact.replace(',', '.') : compact;
  const number = Number(normal);
  return normal !== '' && Number.isFinite(number) ? number : value;
}

function toDate(value: string): string {
  const russian = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value.trim());
  if (!russian) return value.trim();
  const [, day = '', month = '', year = ''] = russian;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

function toMoney(value: string): unknown {
  const match = /^\s*(?:([A-Za-z]{3})\s*)?(-?[\d\s\u00a0]+(?:[.,]\d+)?)\s*(?:([A-Za-z]{3}))?\s*$/.exec(value);
  const currency = match?.[1] ?? match?.[3];
  if (!match?.[2] || !currency) return value;
  return { amount: match[2].replace(/[\s\u00a0]/g, '').replace(',', '.'), currency: currency.toUpperCase() };
}

/**
 * A custom field cell turned into the JSON value its definition expects, so that the usual custom
 * field validation can judge it: numbers accept `1 234,5`, dates `31.12.2024`, money `1500.00 RUB`,
 * booleans yes/no/да/нет/1/0, multi-selects `a; b`. A cell that does not convert is passed on as
 * text and fails validation with the field's own message.
 */
export function customFieldValue(definition: CustomFieldDefinitionView, value: string): unknown {
  switch (definition.type) {
    case 'number':
      return toNumber(value);
    case 'boolean': {
      const word = value.trim().toLowerCase();
      return truthy.has(word) ? true : falsy.has(word) ? false : value;
    }
    case 'date':
      return toDate(value);
    case 'money':
      return toMoney(value);
    case 'multiSelect':
      return value
        .split(/[;|]/)
        .map((part) => part.trim())
        .filter((part) => part.length > 0);
    case 'text':
      return value;
    default:
      return value.trim();
  }
}
