import { newId, type TenantDb } from '@crm/core';
import type { RealestateDb } from '../../db.js';

const money = (value: { toString(): string } | null, locale: 'ru' | 'en') =>
  value === null ? '' : `, ${Number(value.toString()).toLocaleString(locale === 'ru' ? 'ru-RU' : 'en-GB')} ₽`;

/**
 * Tells each requirement's agent about objects newly matched to it: one in-app notification per
 * match (idempotency key per pair, so a retried run never notifies twice), then marks the match
 * notified. Requirements without an agent notify whoever created them.
 */
export async function notifyNewMatches(
  db: TenantDb,
  rdb: RealestateDb,
  tenantId: string,
  runId: string | null = null,
): Promise<{ notified: number }> {
  const tenant = await db.tenant.findFirst({ where: { id: tenantId }, select: { locale: true } });
  const locale = tenant?.locale === 'en' ? 'en' : 'ru';
  const matches = await rdb.realestateMatch.findMany({
    where: { tenantId, notifiedAt: null },
    orderBy: [{ createdAt: 'asc' }],
    take: 1000,
    select: {
      requirementId: true,
      ListingKey: true,
      requirement: { select: { name: true, agentId: true, createdById: true, status: true } },
      property: { select: { ListingId: true, UnparsedAddress: true, ListPrice: true } },
    },
  });
  let notified = 0;
  const now = new Date();
  for (const match of matches) {
    const userId = match.requirement.agentId ?? match.requirement.createdById;
    if (userId && match.requirement.status === 'Active') {
      const where = `${match.property.UnparsedAddress}${money(match.property.ListPrice, locale)}`;
      await db.notification.upsert({
        where: {
          tenantId_idempotencyKey: {
            tenantId,
            idempotencyKey: `realestate.match:${match.requirementId}:${match.ListingKey}`,
          },
        },
        create: {
          tenantId,
          id: newId(),
          userId,
          title:
            locale === 'ru'
              ? `Новый объект для запроса «${match.requirement.name}»: ${match.property.ListingId}`
              : `New match for “${match.requirement.name}”: ${match.property.ListingId}`,
          body: where,
          recordType: 'realestate.requirement',
          recordId: match.requirementId,
          runId,
          idempotencyKey: `realestate.match:${match.requirementId}:${match.ListingKey}`,
        },
        update: {},
        select: { id: true },
      });
      notified += 1;
    }
    await rdb.realestateMatch.updateMany({
      where: { tenantId, requirementId: match.requirementId, ListingKey: match.ListingKey, notifiedAt: null },
      data: { notifiedAt: now },
    });
  }
  return { notified };
}
