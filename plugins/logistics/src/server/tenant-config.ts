import type { TenantDb } from '@crm/core';
import { logisticsConfig, type LogisticsConfig } from '../config.js';

/** The tenant's logistics settings as saved on enable (defaults for anything missing). */
export async function tenantLogisticsConfig(db: TenantDb, tenantId: string): Promise<LogisticsConfig> {
  const row = await db.tenantPlugin.findFirst({
    where: { tenantId, pluginId: 'logistics' },
    select: { config: true },
  });
  const parsed = logisticsConfig.safeParse(row?.config ?? {});
  return parsed.success ? parsed.data : logisticsConfig.parse({});
}
