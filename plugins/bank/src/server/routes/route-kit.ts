import { z } from 'zod';

export const idInput = z.strictObject({ id: z.uuid() });
export const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** OpenAPI meta of a bank procedure: REST under /api/v1/bank/..., `created` answers 201. */
export function rest(method: Method, path: `/bank/${string}`, tag: string, summary: string, created = false) {
  return {
    openapi: { method, path, tags: [`Bank: ${tag}`], summary },
    ...(created ? { created: true } : {}),
  };
}
