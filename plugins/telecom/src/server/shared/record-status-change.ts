import { newId } from '@crm/core';
import type { TelecomDb } from '../../db.js';

export type StatusEntity = 'productOffering' | 'product' | 'productOrder' | 'troubleTicket';

/** Appends one status change to the log (who, when, from, to, why); `actorUserId` null for the system. */
export async function recordStatusChange(
  tdb: TelecomDb,
  change: {
    tenantId: string;
    entityType: StatusEntity;
    entityId: string;
    fromStatus: string | null;
    toStatus: string;
    reason?: string | null;
    actorUserId: string | null;
    at: Date;
  },
): Promise<void> {
  await tdb.telecomStatusChange.create({
    data: { id: newId(), ...change, reason: change.reason ?? null },
    select: { id: true },
  });
}
