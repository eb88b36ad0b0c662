import { z } from 'zod';

export const MAX_SEARCH_RESULTS = 50;

// C0 controls and DEL have no place in a search box.
const hasControlCharacter = (text: string): boolean =>
  Array.from(text).some((ch) => {
    const code = ch.charCodeAt(0);
    return code < 0x20 || code === 0x7f;
  });

export const searchInput = z.strictObject({
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .refine((text) => !hasControlCharacter(text), 'must not contain control characters'),
  limit: z.coerce.number().int().min(1).max(MAX_SEARCH_RESULTS).default(20),
  /** Record types to search, comma-separated or repeated (`contact,deal`); all when absent. */
  types: z.union([z.string().max(500), z.array(z.string().max(64)).max(20)]).optional(),
});
export type SearchInput = z.infer<typeof searchInput>;

export const searchItemOutput = z.object({
  type: z.string(),
  id: z.uuid(),
  title: z.string(),
  subtitle: z.string().nullable(),
  score: z.number(),
});

export const searchOutput = z.object({ items: z.array(searchItemOutput) });
export type SearchOutput = z.infer<typeof searchOutput>;
