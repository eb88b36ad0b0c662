import { clientParty } from '../shared/account-parties.js';
import { hrefOf, isoOrUndefined } from '../shared/representation.js';
import { asState } from '../shared/state-machine.js';
import { allowedOrderStates, orderLifecycle } from './order-state.js';
import { itemActions, type OrderOutput, type OrderRow } from './order.schema.js';

export function presentOrder(row: OrderRow, accountName: string): OrderOutput {
  const state = asState(orderLifecycle, row.state);
  const prior = row.stateBeforeCancellation ? asState(orderLifecycle, row.stateBeforeCancellation) : null;
  return {
    id: row.id,
    href: hrefOf('productOrder', row.id),
    '@type': 'ProductOrder',
    state,
    priority: row.priority ?? undefined,
    description: row.description ?? undefined,
    orderDate: row.orderDate.toISOString(),
    requestedStartDate: isoOrUndefined(row.requestedStartDate),
    requestedCompletionDate: isoOrUndefined(row.requestedCompletionDate),
    expectedCompletionDate: isoOrUndefined(row.expectedCompletionDate),
    completionDate: isoOrUndefined(row.completionDate),
    cancellationDate: isoOrUndefined(row.cancellationDate),
    cancellationReason: row.cancellationReason ?? undefined,
    relatedParty: [clientParty(row.accountId, accountName)],
    productOrderItem: row.items.map((item) => ({
      id: item.id,
      '@type': 'ProductOrderItem',
      action: itemActions.find((a) => a === item.action) ?? 'noChange',
      quantity: item.quantity,
      state: item.state,
      productOffering: item.offering
        ? {
            id: item.offering.id,
            href: hrefOf('productOffering', item.offering.id),
            name: item.offering.name,
          }
        : undefined,
      product: item.product
        ? {
            id: item.product.id,
            href: hrefOf('product', item.product.id),
            productSerialNumber: item.product.productSerialNumber,
          }
        : item.productSerialNumber
          ? { productSerialNumber: item.productSerialNumber }
          : undefined,
    })),
    allowedTransitions: [...allowedOrderStates(state, prior)],
  };
}
