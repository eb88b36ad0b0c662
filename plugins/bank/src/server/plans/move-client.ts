import { newId, type TenantDb } from '@crm/core';
import type { BankDb } from '../../db.js';

/**
 * Gives a client to a manager: the plan's manager and department, and the owner of the core contact
 * or account (with an ownership history row, so every change of hands is on record). Works with or
 * without an acting user (`changedById` null: a workflow did it). Runs in the caller's unit of work.
 */
export async function moveClient(
  db: TenantDb,
  bdb: BankDb,
  move: {
    tenantId: string;
    planId: string;
    contactId: string | null;
    accountId: string | null;
    toUserId: string;
    teamId?: string | null;
    changedById: string | null;
    reason: string;
  },
): Promise<void> {
  const { tenantId } = move;
  await bdb.bankRelationshipPlan.updateMany({
    where: { tenantId, id: move.planId },
    data: {
      managerId: move.toUserId,
      ...(move.teamId === undefined ? {} : { teamId: move.teamId }),
      cadenceTaskId: null,
      cadenceEscalatedAt: null,
    },
  });
  const record = move.contactId
    ? await db.contact.findFirst({ where: { id: move.contactId }, select: { ownerId: true } })
    : await db.account.findFirst({ where: { id: move.accountId ?? '' }, select: { ownerId: true } });
  if (!record || record.ownerId === move.toUserId) return;
  if (move.contactId) {
    await db.contact.updateMany({ where: { id: move.contactId }, data: { ownerId: move.toUserId } });
  } else if (move.accountId) {
    await db.account.updateMany({ where: { id: move.accountId }, data: { ownerId: move.toUserId } });
  }
  await db.ownershipChange.create({
    data: {
      tenantId,
      id: newId(),
      recordType: move.contactId ? 'contact' : 'account',
      recordId: move.contactId ?? move.accountId ?? '',
      fromUserId: record.ownerId,
      toUserId: move.toUserId,
      changedById: move.changedById,
      reason: move.reason,
    },
    select: { id: true },
  });
}
