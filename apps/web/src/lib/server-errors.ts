import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { serverErrorsEn } from '../i18n/server-errors.en.js';
import { currentLanguage } from '../i18n/index.js';
import { describeError, type DescribedError, type FieldError } from './errors.js';

type ServerErrorCode = keyof typeof serverErrorsEn.code;

type FieldKey =
  | 'required'
  | 'tooShortText'
  | 'tooLongText'
  | 'tooSmallNumber'
  | 'tooBigNumber'
  | 'tooFewItems'
  | 'tooManyItems'
  | 'wholeNumber'
  | 'wrongType'
  | 'email'
  | 'uuid'
  | 'url'
  | 'date'
  | 'option'
  | 'unknownKey';

/**
 * The API's validation problems recognised by their shape (the standard messages of its schema
 * library, and "is required"), so that they can be shown in the user's language.
 */
const patterns: [RegExp, (match: RegExpMatchArray) => { key: FieldKey; count?: number }][] = [
  [/^Invalid input: expected \w+, received undefined$/, () => ({ key: 'required' })],
  [/^is required\b/, () => ({ key: 'required' })],
  [/^Too small: expected string to have >=?1 characters?$/, () => ({ key: 'required' })],
  [
    /^Too small: expected string to have >=?(\d+) characters?$/,
    (m) => ({ key: 'tooShortText', count: Number(m[1]) }),
  ],
  [
    /^Too big: expected string to have <=?(\d+) characters?$/,
    (m) => ({ key: 'tooLongText', count: Number(m[1]) }),
  ],
  [
    /^Too small: expected number to be >=?(-?[\d.]+)$/,
    (m) => ({ key: 'tooSmallNumber', count: Number(m[1]) }),
  ],
  [/^Too big: expected number to be <=?(-?[\d.]+)$/, (m) => ({ key: 'tooBigNumber', count: Number(m[1]) })],
  [
    /^Too small: expected (?:array|set) to have >=?(\d+) items?$/,
    (m) => ({ key: 'tooFewItems', count: Number(m[1]) }),
  ],
  [
    /^Too big: expected (?:array|set) to have <=?(\d+) items?$/,
    (m) => ({ key: 'tooManyItems', count: Number(m[1]) }),
  ],
  [/^Invalid input: expected int, received number$/, () => ({ key: 'wholeNumber' })],
  [/^Invalid input: expected \w+, received \w+$/, () => ({ key: 'wrongType' })],
  [/^Invalid email address$/, () => ({ key: 'email' })],
  [/^Invalid UUID$/, () => ({ key: 'uuid' })],
  [/^Invalid URL$/, () => ({ key: 'url' })],
  [/^Invalid ISO (?:date|datetime|time)$/, () => ({ key: 'date' })],
  [/^Invalid option: /, () => ({ key: 'option' })],
  [/^Unrecognized keys?: /, () => ({ key: 'unknownKey' })],
];

/**
 * A field problem in the user's language. Recognised messages are translated; another message is
 * kept as the server wrote it in English, and in another language replaced by a generic "invalid
 * value" (the server's domain messages are English only, see docs/decisions/server-errors.md).
 */
export function fieldMessage(t: TFunction, message: string): string {
  for (const [pattern, read] of patterns) {
    const match = message.match(pattern);
    if (match) {
      const { key, count } = read(match);
      return t(`serverErrors.field.${key}`, { count: count ?? 0 });
    }
  }
  return currentLanguage() === 'en' ? message : t('serverErrors.field.invalid');
}

function isKnownCode(code: string): code is ServerErrorCode {
  return code in serverErrorsEn.code;
}

/**
 * The general text of a failed call in the user's language: the text of its code; in English the
 * server's own, more specific message (it writes English), except for internal and network failures.
 */
export function errorMessage(t: TFunction, described: DescribedError): string {
  const text = t(`serverErrors.code.${isKnownCode(described.code) ? described.code : 'INTERNAL'}`);
  if (currentLanguage() !== 'en' || described.code === 'INTERNAL' || described.code === 'NETWORK')
    return text;
  return described.message || text;
}

/** A failed call read and translated: its code, its general text and its field problems. */
export function translateError(t: TFunction, error: unknown): DescribedError {
  const described = describeError(error);
  const fields: FieldError[] = described.fields.map((issue) => ({
    field: issue.field,
    message: fieldMessage(t, issue.message),
  }));
  return { code: described.code, message: errorMessage(t, described), fields };
}

/** The text to show for a failed call (a notification, an inline note), in the user's language. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    const described = translateError(t, error);
    return described.fields.length > 0
      ? described.fields.map((issue) => `${issue.field}: ${issue.message}`).join('; ')
      : described.message;
  };
}
