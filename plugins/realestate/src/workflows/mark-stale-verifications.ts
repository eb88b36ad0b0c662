import { newId, type TenantDb } from '@crm/core';
import type { RealestateDb } from '../db.js';
import { recordHistory } from '../server/properties/record-history.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The re-check timer: verified objects whose `nextVerificationDue` has passed become Stale (logged,
 * by the system), and their agent gets a task to verify them again. Guarded on the status, so a
 * repeated run (or a retry) changes and creates nothing twice.
 */
export async function markStaleVerifications(
  db: TenantDb,
  rdb: RealestateDb,
  tenantId: string,
  now = new Date(),
): Promise<{ stale: number; tasks: number }> {
  const tenant = await db.tenant.findFirst({ where: { id: tenantId }, select: { locale: true } });
  const locale = tenant?.locale === 'en' ? 'en' : 'ru';
  const due = await rdb.realestateProperty.findMany({
    where: { tenantId, verificationStatus: 'Verified', nextVerificationDue: { lte: now } },
    orderBy: { nextVerificationDue: 'asc' },
    take: 1000,
    select: {
      ListingKey: true,
      ListingId: true,
      UnparsedAddress: true,
      ListAgentKey: true,
      sellerContactId: true,
    },
  });
  let stale = 0;
  let tasks = 0;
  for (const object of due) {
    const changed = await rdb.realestateProperty.updateMany({
      where: {
        tenantId,
        ListingKey: object.ListingKey,
        verificationStatus: 'Verified',
        nextVerificationDue: { lte: now },
      },
      data: { verificationStatus: 'Stale', nextVerificationDue: null },
    });
    if (changed.count === 0) continue; // re-verified or changed meanwhile
    stale += 1;
    await recordHistory(
      rdb,
      tenantId,
      object.ListingKey,
      null,
      [
        {
          FieldName: 'verificationStatus',
          PreviousValue: 'Verified',
          NewValue: 'Stale',
          ChangeType: 'Verification',
        },
      ],
      now,
    );
    if (!object.ListAgentKey) continue;
    await db.activity.create({
      data: {
        tenantId,
        id: newId(),
        type: 'call',
        subject:
          locale === 'ru'
            ? `Перепроверить объект ${object.ListingId}: ${object.UnparsedAddress}`
            : `Re-verify ${object.ListingId}: ${object.UnparsedAddress}`,
        ownerId: object.ListAgentKey,
        contactId: object.sellerContactId,
        dueAt: new Date(now.getTime() + 2 * DAY_MS),
      },
      select: { id: true },
    });
    tasks += 1;
  }
  return { stale, tasks };
}
