import { newId } from '@crm/core';
import { z } from 'zod';
import type { BankDb } from '../../db.js';

export const statusChangeOutput = z.object({
  id: z.uuid(),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  reason: z.string().nullable(),
  actorUserId: z.uuid().nullable(),
  at: z.date(),
});
export type StatusChangeOutput = z.infer<typeof statusChangeOutput>;

/** Appends one status change of a referral or an offer (the log is insert-only). */
export async function logStatusChange(
  bdb: BankDb,
  change: {
    tenantId: string;
    recordType: 'referral' | 'offer';
    recordId: string;
    fromStatus: string | null;
    toStatus: string;
    reason: string | null;
    actorUserId: string | null;
    at: Date;
  },
): Promise<void> {
  await bdb.bankStatusChange.create({ data: { id: newId(), ...change }, select: { id: true } });
}

/** The status log of one record, newest first (at most the last 500). */
export async function statusHistory(
  bdb: BankDb,
  tenantId: string,
  recordType: 'referral' | 'offer',
  recordId: string,
): Promise<StatusChangeOutput[]> {
  return bdb.bankStatusChange.findMany({
    where: { tenantId, recordType, recordId },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: 500,
    select: { id: true, fromStatus: true, toStatus: true, reason: true, actorUserId: true, at: true },
  });
}
