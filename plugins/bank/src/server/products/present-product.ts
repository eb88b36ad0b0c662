import { moneyText, rateNumber } from '../shared/money.js';
import { asProductType } from '../shared/product-types.js';
import { productStatuses, type ProductOutput, type ProductRow } from './product.schema.js';

export function presentProduct(row: ProductRow): ProductOutput {
  return {
    ...row,
    productType: asProductType(row.productType),
    status: productStatuses.find((s) => s === row.status) ?? 'active',
    balance: moneyText(row.balance),
    creditLimit: moneyText(row.creditLimit),
    interestRate: rateNumber(row.interestRate),
  };
}
