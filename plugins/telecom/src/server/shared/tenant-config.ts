import type { TenantDb } from '@crm/core';
import { telecomConfig, type TelecomConfig } from '../../config.js';

/**
 * The tenant's telecom settings as enabled (defaults filled in), or null when the tenant has the
 * plugin off: activities then do nothing.
 */
export async function tenantTelecomConfig(db: TenantDb): Promise<TelecomConfig | null> {
  const row = await db.tenantPlugin.findFirst({
    where: { pluginId: 'telecom', enabled: true },
    select: { config: true },
  });
  if (!row) return null;
  const parsed = telecomConfig.safeParse(row.config ?? {});
  return parsed.success ? parsed.data : telecomConfig.parse({});
}
