import type { TenantDb } from '../db/database.js';
import { unitMemo } from '../db/unit-of-work.js';

const memoKey = (pluginId: string) => `plugin-enabled:${pluginId}`;

/**
 * Whether the current tenant has `pluginId` switched on. Read once per unit of work (RLS scopes the
 * row to the tenant); enabling and disabling clear the memo of their own unit.
 */
export async function isPluginEnabled(db: TenantDb, pluginId: string): Promise<boolean> {
  const memo = unitMemo();
  const known = memo?.get(memoKey(pluginId));
  if (typeof known === 'boolean') return known;
  const row = await db.tenantPlugin.findFirst({
    where: { pluginId, enabled: true },
    select: { pluginId: true },
  });
  memo?.set(memoKey(pluginId), row !== null);
  return row !== null;
}

export function forgetPluginState(pluginId: string): void {
  unitMemo()?.delete(memoKey(pluginId));
}
