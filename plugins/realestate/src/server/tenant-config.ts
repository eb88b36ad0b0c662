import type { TenantDb } from '@crm/core';
import { realestateConfig, type RealestateConfig } from '../config.js';

/**
 * The tenant's plugin settings as saved on enable (defaults for anything missing, and when the
 * plugin was never enabled: operations behind the 404 gate never see that case).
 */
export async function tenantConfig(db: TenantDb): Promise<RealestateConfig> {
  const row = await db.tenantPlugin.findFirst({
    where: { pluginId: 'realestate' },
    select: { config: true },
  });
  const parsed = realestateConfig.safeParse(row?.config ?? {});
  return parsed.success ? parsed.data : realestateConfig.parse({});
}

/** Whether the tenant has the plugin on: activities do nothing for a tenant that switched it off. */
export async function pluginEnabled(db: TenantDb): Promise<boolean> {
  const row = await db.tenantPlugin.findFirst({
    where: { pluginId: 'realestate', enabled: true },
    select: { pluginId: true },
  });
  return row !== null;
}
