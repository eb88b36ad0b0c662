/** Financial product types (MCFS financial holdings and instruments, FSC financial accounts). */
export const productTypes = [
  'current_account',
  'savings',
  'deposit',
  'debit_card',
  'credit_card',
  'consumer_loan',
  'mortgage',
  'overdraft',
  'investment',
  'insurance',
] as const;
export type ProductType = (typeof productTypes)[number];

export const productLabels: Record<ProductType, { ru: string; en: string }> = {
  current_account: { ru: 'расчётный счёт', en: 'current account' },
  savings: { ru: 'накопительный счёт', en: 'savings account' },
  deposit: { ru: 'вклад', en: 'term deposit' },
  debit_card: { ru: 'дебетовая карта', en: 'debit card' },
  credit_card: { ru: 'кредитная карта', en: 'credit card' },
  consumer_loan: { ru: 'потребительский кредит', en: 'consumer loan' },
  mortgage: { ru: 'ипотека', en: 'mortgage' },
  overdraft: { ru: 'овердрафт', en: 'overdraft' },
  investment: { ru: 'брокерский счёт', en: 'brokerage account' },
  insurance: { ru: 'страховой полис', en: 'insurance policy' },
};

export function asProductType(value: string): ProductType {
  return productTypes.find((type) => type === value) ?? 'current_account';
}
