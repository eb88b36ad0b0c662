import { useLocale } from './ui-context.js';

/** Dates arrive from tRPC as ISO strings (no transformer), though the types say Date. */
export type DateInput = Date | string | null | undefined;

export function toDate(value: DateInput): Date | null {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The BCP 47 locale of an app language: Russian formats as in Russia, English as in the UK. */
export function localeOf(language: string): string {
  return language.startsWith('ru') ? 'ru-RU' : 'en-GB';
}

export interface Formatters {
  locale: string;
  date(value: DateInput): string;
  dateTime(value: DateInput): string;
  time(value: DateInput): string;
  number(value: number | string | null | undefined): string;
  percent(value: number): string;
  money(amount: number | string | null | undefined, currency?: string): string;
}

const cache = new Map<string, Formatters>();

export function formattersFor(language: string): Formatters {
  const locale = localeOf(language);
  const cached = cache.get(locale);
  if (cached) return cached;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const money = new Map<string, Intl.NumberFormat>();
  const moneyFormat = (currency: string) => {
    let format = money.get(currency);
    if (!format) {
      format = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 2 });
      money.set(currency, format);
    }
    return format;
  };
  const show = (format: Intl.DateTimeFormat) => (value: DateInput) => {
    const parsed = toDate(value);
    return parsed ? format.format(parsed) : '—';
  };
  const formatters: Formatters = {
    locale,
    date: show(date),
    dateTime: show(dateTime),
    time: show(time),
    number: (value) =>
      value === null || value === undefined || value === '' ? '—' : number.format(Number(value)),
    percent: (value) => percent.format(value),
    money: (amount, currency = 'RUB') =>
      amount === null || amount === undefined || amount === ''
        ? '—'
        : moneyFormat(currency).format(Number(amount)),
  };
  cache.set(locale, formatters);
  return formatters;
}

/** Formatters for the app's current language (dates, numbers, money such as RUB). */
export function useFormat(): Formatters {
  return formattersFor(useLocale());
}
