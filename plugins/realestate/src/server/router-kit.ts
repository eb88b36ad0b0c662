import { z } from 'zod';

export const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });
export const idInput = z.strictObject({ id: z.uuid() });
