import { z } from 'zod';

/** Per-tenant settings, validated when a tenant admin enables the plugin. */
export const __plugin__Config = z.strictObject({
  /** Names of the items the seed writes for a tenant. */
  starterItems: z.array(z.string().trim().min(1).max(100)).max(20).default(['First item']),
});
export type __Plugin__Config = z.output<typeof __plugin__Config>;
