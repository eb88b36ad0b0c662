import type { SavingsMonth } from './savings.js';

export type Locale = 'ru' | 'en';

const money = (value: number, currency: string, locale: Locale) =>
  new Intl.NumberFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', { style: 'currency', currency }).format(value);

/** The manager's task for a savings offer, with the month-by-month table, in the tenant's language. */
export function offerTask(
  offer: {
    serial: string;
    from: string;
    to: string;
    saving: number;
    currency: string;
    months: readonly SavingsMonth[];
  },
  locale: Locale,
  trigger: 'saving' | 'churnRisk',
): { subject: string; body: string } {
  const saving = money(offer.saving, offer.currency, locale);
  const lines = offer.months.map((m) =>
    locale === 'ru'
      ? `${m.month}: сейчас ${money(m.currentCost, offer.currency, locale)}, на «${offer.to}» ${money(m.recommendedCost, offer.currency, locale)}, экономия ${money(m.saving, offer.currency, locale)}`
      : `${m.month}: now ${money(m.currentCost, offer.currency, locale)}, on "${offer.to}" ${money(m.recommendedCost, offer.currency, locale)}, saving ${money(m.saving, offer.currency, locale)}`,
  );
  if (locale === 'ru')
    return {
      subject: `${offer.serial}: предложить тариф «${offer.to}» — экономия ${saving} в месяц${trigger === 'churnRisk' ? ' (риск ухода)' : ''}`,
      body: [`Текущий тариф «${offer.from}». Расчёт по расходу за последние три месяца:`, ...lines].join(
        '\n',
      ),
    };
  return {
    subject: `${offer.serial}: offer "${offer.to}", saving ${saving} a month${trigger === 'churnRisk' ? ' (churn risk)' : ''}`,
    body: [`Current tariff "${offer.from}". Re-priced on the last three months of usage:`, ...lines].join(
      '\n',
    ),
  };
}

export function reminderText(serial: string, to: string, locale: Locale): string {
  return locale === 'ru'
    ? `Напоминание: предложение тарифа «${to}» для ${serial} ждёт ответа клиента`
    : `Reminder: the offer of "${to}" for ${serial} is waiting for the client's answer`;
}
