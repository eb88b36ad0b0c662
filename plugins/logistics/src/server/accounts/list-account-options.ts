import { accessibleWhere, authorize } from '@crm/core';
import { z } from 'zod';
import type { LogisticsContext } from '../../db.js';

export const listAccountOptionsInput = z.object({
  /** Part of the account's name. */
  search: z.string().trim().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type ListAccountOptionsInput = z.infer<typeof listAccountOptionsInput>;

export const accountOptionOutput = z.object({ id: z.string(), name: z.string() });
export type AccountOption = z.infer<typeof accountOptionOutput>;

/**
 * The core accounts the actor may read, by name, to pick the client of a shipment or a contract in the
 * plugin's forms (with or without a logistics profile).
 */
export async function listAccountOptions(
  ctx: LogisticsContext,
  input: ListAccountOptionsInput,
): Promise<{ items: AccountOption[] }> {
  authorize(ctx.ability, 'read', 'Account');
  const items = await ctx.db.account.findMany({
    where: {
      AND: [
        {
          tenantId: ctx.actor.tenantId,
          deletedAt: null,
          ...(input.search ? { name: { contains: input.search, mode: 'insensitive' } } : {}),
        },
        accessibleWhere(ctx.ability, 'read', 'Account'),
      ],
    },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take: input.limit,
    select: { id: true, name: true },
  });
  return { items };
}
