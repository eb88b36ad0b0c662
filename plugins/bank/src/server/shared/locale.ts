import type { TenantDb } from '@crm/core';

export type Locale = 'ru' | 'en';

/** The tenant's language for texts the plugin writes (task subjects, seed data). */
export async function tenantLocale(db: TenantDb, tenantId: string): Promise<Locale> {
  const tenant = await db.tenant.findFirst({ where: { id: tenantId }, select: { locale: true } });
  return tenant?.locale === 'en' ? 'en' : 'ru';
}
