import { newId, type TenantDb } from '@crm/core';

/**
 * An in-app notification to the client's account manager (the account owner) about a ticket; the key
 * makes a retried call add none twice. Nothing when the account has no owner or the owner did it.
 */
export async function notifyAccountManagerOfTicket(
  db: TenantDb,
  note: {
    tenantId: string;
    ticketId: string;
    accountId: string;
    title: string;
    body: string | null;
    key: string;
    exceptUserId?: string | null;
  },
): Promise<number> {
  const account = await db.account.findFirst({
    where: { tenantId: note.tenantId, id: note.accountId },
    select: { ownerId: true },
  });
  const ownerId = account?.ownerId;
  if (!ownerId || ownerId === note.exceptUserId) return 0;
  await db.notification.upsert({
    where: { tenantId_idempotencyKey: { tenantId: note.tenantId, idempotencyKey: `${note.key}:${ownerId}` } },
    create: {
      tenantId: note.tenantId,
      id: newId(),
      userId: ownerId,
      title: note.title.slice(0, 300),
      body: note.body,
      recordType: 'account',
      recordId: note.accountId,
      idempotencyKey: `${note.key}:${ownerId}`,
    },
    update: {},
    select: { id: true },
  });
  return 1;
}
