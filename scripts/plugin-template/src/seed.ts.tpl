import { newId, type PluginLifecycleContext } from '@crm/core';
import type { __Plugin__Config } from './config.js';
import { __plugin__Context } from './db.js';

/** Writes the configured starter items that are missing: runs on every enable, so it must be idempotent. */
export async function seed__Plugin__({ ctx: tenantCtx, config }: PluginLifecycleContext<__Plugin__Config>): Promise<void> {
  const ctx = __plugin__Context(tenantCtx);
  await ctx.pdb.__plugin__Item.createMany({
    data: config.starterItems.map((name) => ({ tenantId: ctx.actor.tenantId, id: newId(), name })),
    skipDuplicates: true,
  });
}
