import { useMemo } from 'react';
import { useLocale } from './ui-context.js';
import type { Locale } from './web-module.js';

/** A module's texts: English is the key contract, Russian must have exactly the same keys. */
export interface Texts<K extends string> {
  en: Record<K, string>;
  ru: Record<K, string>;
}

/** Checks at compile time that both languages have the same keys; returns the texts unchanged. */
export function defineTexts<const K extends string>(texts: {
  en: Record<K, string>;
  ru: NoInfer<Record<K, string>>;
}): Texts<K> {
  return texts;
}

export type Translate<K extends string> = (key: K, values?: Record<string, string | number>) => string;

/** `{{name}}` placeholders filled from `values` (missing ones stay as written). */
export function interpolate(text: string, values?: Record<string, string | number>): string {
  if (!values) return text;
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

export function translate<K extends string>(texts: Texts<K>, locale: Locale): Translate<K> {
  return (key, values) => interpolate(texts[locale][key], values);
}

/** `t(key, values)` in the app's current language. */
export function useTexts<K extends string>(texts: Texts<K>): Translate<K> {
  const locale = useLocale();
  return useMemo(() => translate(texts, locale), [texts, locale]);
}
