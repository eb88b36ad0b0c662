import { z } from 'zod';

export const idInput = z.strictObject({ id: z.uuid() });
export const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
