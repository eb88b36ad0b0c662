import { expect, test } from '@playwright/test';
import { en } from '../src/i18n/en.js';
import { ru } from '../src/i18n/ru.js';

// Every application error code the server can send has a text in both languages: the English table is
// typed `Record<AppErrorCode | 'NETWORK', string>` (a code added on the server without a text fails the
// typecheck), the Russian one must fill the same keys; here: filled in, and really translated.
test('every server error code and field problem has an English and a Russian text', () => {
  const codes = Object.keys(en.serverErrors.code);
  expect(codes).toEqual(
    expect.arrayContaining(['BAD_REQUEST', 'NOT_FOUND', 'CONFLICT', 'INTERNAL', 'NETWORK']),
  );
  expect(Object.keys(ru.serverErrors.code).sort()).toEqual([...codes].sort());
  for (const table of ['code', 'field'] as const) {
    const english: Record<string, string> = en.serverErrors[table];
    const russian: Record<string, string> = ru.serverErrors[table];
    for (const [key, text] of Object.entries(english)) {
      expect(text, `${table}.${key} (en)`).not.toBe('');
      expect(russian[key], `${table}.${key} (ru)`).toMatch(/[а-яё]/i);
    }
  }
});
