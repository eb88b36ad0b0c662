import type { en } from './en.js';

// Typed keys: t('nav.contacts') is checked against the English strings.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
