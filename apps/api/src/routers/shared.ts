import { z } from 'zod';

export const idInput = z.strictObject({ id: z.uuid() });

export function listOutput<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export const deletedOutput = z.object({ id: z.uuid(), deleted: z.literal(true) });
export const restoredOutput = z.object({ id: z.uuid(), restored: z.literal(true) });
