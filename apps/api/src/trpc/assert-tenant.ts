import { AppError } from '@crm/core';

/**
 * Defence in depth for tests and staging (CRM_ASSERT_TENANT=1): every object in a response that
 * carries a `tenantId` must carry the caller's. A leak then fails loudly instead of reaching a client.
 */
export const tenantAssertionEnabled = process.env.CRM_ASSERT_TENANT === '1';

export function assertOnlyTenant(value: unknown, tenantId: string, depth = 0): void {
  if (depth > 12 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) assertOnlyTenant(item, tenantId, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  if ('tenantId' in record && record.tenantId !== tenantId) {
    throw new AppError('INTERNAL', 'Response tenant assertion failed');
  }
  for (const child of Object.values(record)) assertOnlyTenant(child, tenantId, depth + 1);
}
