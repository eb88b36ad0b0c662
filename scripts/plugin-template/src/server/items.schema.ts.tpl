import { z } from 'zod';

export const createItemInput = z.strictObject({ name: z.string().trim().min(1).max(100) });
export type CreateItemInput = z.infer<typeof createItemInput>;

export const listItemsInput = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) });
export type ListItemsInput = z.infer<typeof listItemsInput>;

export const itemSelect = { id: true, tenantId: true, name: true, status: true, createdAt: true } as const;

export const itemOutput = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  name: z.string(),
  status: z.string(),
  createdAt: z.date(),
});
export type ItemOutput = z.infer<typeof itemOutput>;
