import { presentPrice } from '../offerings/present-offering.js';
import { clientParty } from '../shared/account-parties.js';
import { hrefOf, isoOrUndefined } from '../shared/representation.js';
import { asState } from '../shared/state-machine.js';
import { productLifecycle } from './product-status.js';
import type { ProductOutput, ProductRow } from './product.schema.js';

export function presentProduct(row: ProductRow, accountName: string): ProductOutput {
  const status = asState(productLifecycle, row.status);
  return {
    id: row.id,
    href: hrefOf('product', row.id),
    '@type': 'Product',
    name: row.name,
    productSerialNumber: row.productSerialNumber,
    status,
    statusReason: row.statusReason ?? undefined,
    isBundle: row.offering.isBundle,
    isCustomerVisible: true,
    orderDate: isoOrUndefined(row.orderDate),
    startDate: isoOrUndefined(row.startDate),
    terminationDate: isoOrUndefined(row.terminationDate),
    productOffering: {
      id: row.offering.id,
      href: hrefOf('productOffering', row.offering.id),
      name: row.offering.name,
      '@referredType': 'ProductOffering',
    },
    relatedParty: [clientParty(row.accountId, accountName)],
    productPrice: row.offering.prices.map((priceRow) => {
      const price = presentPrice(priceRow);
      return {
        name: price.name,
        priceType: price.priceType,
        recurringChargePeriod: price.recurringChargePeriodType,
        unitOfMeasure: price.unitOfMeasure
          ? `${price.unitOfMeasure.amount} ${price.unitOfMeasure.units}`
          : undefined,
        price: price.price,
        productOfferingPrice: {
          id: price.id,
          href: hrefOf('productOffering', row.offering.id),
          name: price.name,
        },
      };
    }),
    allowedTransitions: [...productLifecycle.next[status]],
  };
}
