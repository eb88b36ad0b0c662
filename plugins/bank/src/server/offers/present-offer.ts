import { moneyText, rateNumber } from '../shared/money.js';
import { asProductType } from '../shared/product-types.js';
import { asOfferStatus, offerMachine } from './offer-state-machine.js';
import { offerSources, type OfferOutput, type OfferRow } from './offer.schema.js';

export function presentOffer(row: OfferRow): OfferOutput {
  const status = asOfferStatus(row.status);
  return {
    ...row,
    productType: asProductType(row.productType),
    source: offerSources.find((s) => s === row.source) ?? 'manual',
    status,
    allowedTransitions: [...offerMachine.allowed(status)],
    amount: moneyText(row.amount),
    rate: rateNumber(row.rate),
  };
}
