import type { ProductType } from '../server/shared/product-types.js';

/**
 * The "next best test" of the second-product play: the product that most naturally follows the
 * client's first one, or null when the client is not eligible. Unprofitable clients (value tier D)
 * get no proactive offer (service by value), and closed or dormant relationships neither.
 */
export function secondProductFor(
  first: ProductType,
  client: { status: string; valueTier: string | null; clientType: string },
): ProductType | null {
  if (client.status !== 'active' || client.valueTier === 'D') return null;
  const business = client.clientType === 'organisation';
  const next: Record<ProductType, ProductType> = {
    current_account: business ? 'overdraft' : 'debit_card',
    debit_card: 'savings',
    savings: 'deposit',
    deposit: 'investment',
    credit_card: 'savings',
    consumer_loan: 'insurance',
    mortgage: 'insurance',
    overdraft: 'deposit',
    investment: 'deposit',
    insurance: 'savings',
  };
  return next[first];
}
