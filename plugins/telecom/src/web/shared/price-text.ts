import type { Formatters, Translate } from '@crm/ui';
import type { TelecomText } from '../texts.js';
import type { OfferingPrice } from '../types.js';

const periods = ['day', 'week', 'month', 'year'] as const;
const isPeriod = (value: string | undefined): value is (typeof periods)[number] =>
  periods.some((p) => p === value);

/** One TMF620 price in words: "590 ₽ per month", "3 ₽ per min", "30 GB included". */
export function priceText(t: Translate<TelecomText>, f: Formatters, price: OfferingPrice): string {
  const amount = f.money(price.price.taxIncludedAmount.value, price.price.taxIncludedAmount.unit);
  const unit = price.unitOfMeasure?.units ?? '';
  switch (price.priceType) {
    case 'recurring': {
      const period = price.recurringChargePeriodType;
      return t('price.recurring', {
        amount,
        period: isPeriod(period) ? t(`period.${period}`) : (period ?? ''),
      });
    }
    case 'oneTime':
      return t('price.oneTime', { amount });
    case 'usage':
      return t('price.usage', { amount, unit });
    case 'allowance':
      return t('price.allowance', { quantity: f.number(price.unitOfMeasure?.amount), unit });
  }
}
