import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';
import { amountInput, currencyInput, rateInput, signedAmountInput } from '../shared/money.js';
import { productTypes } from '../shared/product-types.js';

export const productStatuses = ['pending', 'active', 'frozen', 'closed'] as const;

export const createProductInput = z.strictObject({
  planId: z.uuid(),
  productType: z.enum(productTypes),
  /** The account, card or contract number; unique in the tenant. */
  number: z.string().trim().min(1).max(40),
  status: z.enum(['pending', 'active']).default('active'),
  openedAt: z.coerce.date(),
  currency: currencyInput.optional(),
  /** Balance in the product's currency (negative for debt). */
  balance: signedAmountInput.default('0.00'),
  creditLimit: amountInput.nullable().optional(),
  interestRate: rateInput.nullable().optional(),
});
export type CreateProductInput = z.infer<typeof createProductInput>;

export const updateProductInput = z.strictObject({
  id: z.uuid(),
  expectedVersion: z.number().int().optional(),
  status: z.enum(productStatuses).optional(),
  balance: signedAmountInput.optional(),
  creditLimit: amountInput.nullable().optional(),
  interestRate: rateInput.nullable().optional(),
});
export type UpdateProductInput = z.infer<typeof updateProductInput>;

export const listProductsInput = z.object({
  planId: z.uuid(),
  status: z.enum(productStatuses).optional(),
});
export type ListProductsInput = z.infer<typeof listProductsInput>;

export const productSelect = {
  id: true,
  planId: true,
  productType: true,
  number: true,
  status: true,
  openedAt: true,
  closedAt: true,
  currency: true,
  balance: true,
  creditLimit: true,
  interestRate: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.BankProductSelect;
export type ProductRow = Prisma.BankProductGetPayload<{ select: typeof productSelect }>;

export const productOutput = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  productType: z.enum(productTypes),
  number: z.string(),
  status: z.enum(productStatuses),
  openedAt: z.date(),
  closedAt: z.date().nullable(),
  currency: z.string(),
  /** Money as a decimal string with two places, in `currency`. */
  balance: z.string(),
  creditLimit: z.string().nullable(),
  interestRate: z.number().nullable(),
  version: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type ProductOutput = z.infer<typeof productOutput>;
