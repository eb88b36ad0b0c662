import type { TenantDb } from '@crm/core';
import { bankConfig, type BankConfig } from '../../config.js';

/** The tenant's bank settings as enabled (defaults when absent or no longer valid). */
export async function tenantConfig(db: TenantDb): Promise<BankConfig> {
  const row = await db.tenantPlugin.findFirst({ where: { pluginId: 'bank' }, select: { config: true } });
  const parsed = bankConfig.safeParse(row?.config ?? {});
  return parsed.success ? parsed.data : bankConfig.parse({});
}
