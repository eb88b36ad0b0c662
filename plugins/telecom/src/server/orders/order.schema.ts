import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';
import { orderStates } from './order-state.js';

export const itemActions = ['add', 'modify', 'delete', 'noChange'] as const;

const orderItemInput = z.strictObject({
  id: z.string().trim().min(1).max(20),
  action: z.enum(itemActions),
  quantity: z.number().int().min(1).max(1000).optional(),
  /** The offering to add, or to move an existing subscription to (modify). */
  productOffering: z.strictObject({ id: z.uuid() }).optional(),
  /** The subscription to modify or delete (`id`), or the new line's number (add: `productSerialNumber`). */
  product: z
    .strictObject({
      id: z.uuid().optional(),
      productSerialNumber: z.string().trim().min(3).max(40).optional(),
    })
    .optional(),
});
export type OrderItemInput = z.infer<typeof orderItemInput>;

export const createOrderInput = z.strictObject({
  accountId: z.uuid(),
  description: z.string().trim().max(2000).optional(),
  priority: z.enum(['0', '1', '2', '3', '4']).optional(),
  requestedStartDate: z.iso.datetime({ offset: true }).optional(),
  requestedCompletionDate: z.iso.datetime({ offset: true }).optional(),
  productOrderItem: z.array(orderItemInput).min(1).max(50),
});
export type CreateOrderInput = z.infer<typeof createOrderInput>;

export const transitionOrderInput = z.strictObject({
  id: z.uuid(),
  state: z.enum(orderStates),
  /** Why: kept in the log; required to request a cancellation (TMF cancellationReason). */
  reason: z.string().trim().max(500).optional(),
});
export type TransitionOrderInput = z.infer<typeof transitionOrderInput>;

export const listOrdersInput = z.object({
  accountId: z.uuid().optional(),
  state: z.enum(orderStates).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type ListOrdersInput = z.infer<typeof listOrdersInput>;

export const orderSelect = {
  id: true,
  accountId: true,
  state: true,
  stateBeforeCancellation: true,
  priority: true,
  description: true,
  orderDate: true,
  requestedStartDate: true,
  requestedCompletionDate: true,
  expectedCompletionDate: true,
  completionDate: true,
  cancellationDate: true,
  cancellationReason: true,
  items: {
    select: {
      id: true,
      action: true,
      quantity: true,
      state: true,
      offering: { select: { id: true, name: true } },
      productSerialNumber: true,
      product: { select: { id: true, productSerialNumber: true } },
    },
    orderBy: { id: 'asc' },
  },
} satisfies Prisma.TelecomProductOrderSelect;
export type OrderRow = Prisma.TelecomProductOrderGetPayload<{ select: typeof orderSelect }>;

/** TMF622 ProductOrder. */
export const orderOutput = z.object({
  id: z.string(),
  href: z.string(),
  '@type': z.literal('ProductOrder'),
  state: z.enum(orderStates),
  priority: z.string().optional(),
  description: z.string().optional(),
  orderDate: z.string(),
  requestedStartDate: z.string().optional(),
  requestedCompletionDate: z.string().optional(),
  expectedCompletionDate: z.string().optional(),
  completionDate: z.string().optional(),
  cancellationDate: z.string().optional(),
  cancellationReason: z.string().optional(),
  relatedParty: z.array(
    z.object({
      id: z.string(),
      href: z.string(),
      name: z.string(),
      role: z.string(),
      '@referredType': z.string(),
    }),
  ),
  productOrderItem: z.array(
    z.object({
      id: z.string(),
      '@type': z.literal('ProductOrderItem'),
      action: z.enum(itemActions),
      quantity: z.number().int(),
      state: z.string(),
      productOffering: z.object({ id: z.string(), href: z.string(), name: z.string() }).optional(),
      product: z
        .object({ id: z.string().optional(), href: z.string().optional(), productSerialNumber: z.string() })
        .optional(),
    }),
  ),
  /** The states this order may move to now (CRM extension). */
  allowedTransitions: z.array(z.enum(orderStates)),
});
export type OrderOutput = z.infer<typeof orderOutput>;
