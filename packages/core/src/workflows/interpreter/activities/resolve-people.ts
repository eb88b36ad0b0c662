import type { TenantDb } from '../../../db/database.js';
import { AppError } from '../../../errors/index.js';
import type { AssigneeSpec, RecipientSpec } from '../interpreter.types.js';

/** The owner of the run's record, if it has one. */
export async function recordOwner(
  db: TenantDb,
  recordType: string | null,
  recordId: string | null,
): Promise<string | null> {
  if (!recordType || !recordId) return null;
  const where = { id: recordId };
  const select = { ownerId: true } as const;
  switch (recordType) {
    case 'deal':
      return (await db.deal.findFirst({ where, select }))?.ownerId ?? null;
    case 'contact':
      return (await db.contact.findFirst({ where, select }))?.ownerId ?? null;
    case 'account':
      return (await db.account.findFirst({ where, select }))?.ownerId ?? null;
    case 'activity':
      return (await db.activity.findFirst({ where, select }))?.ownerId ?? null;
    default:
      return null;
  }
}

/** Managers of the teams the user belongs to (not the user). */
export async function managersOf(db: TenantDb, userId: string | null): Promise<string[]> {
  if (!userId) return [];
  const teams = await db.teamMember.findMany({ where: { userId }, select: { teamId: true } });
  const managers = await db.teamMember.findMany({
    where: { teamId: { in: teams.map((t) => t.teamId) }, isManager: true, userId: { not: userId } },
    select: { userId: true },
    orderBy: { userId: 'asc' },
  });
  return [...new Set(managers.map((m) => m.userId))];
}

async function activeMember(db: TenantDb, userId: string): Promise<boolean> {
  return Boolean(
    await db.membership.findFirst({ where: { userId, disabledAt: null }, select: { id: true } }),
  );
}

/** One user for a task or a record; NOT_FOUND when the definition names nobody of this tenant. */
export async function resolveAssignee(
  db: TenantDb,
  assignee: AssigneeSpec,
  record: { recordType: string | null; recordId: string | null },
): Promise<string | null> {
  const owner = await recordOwner(db, record.recordType, record.recordId);
  if (assignee.type === 'owner') return owner;
  if (assignee.type === 'manager') return (await managersOf(db, owner))[0] ?? owner;
  if (!(await activeMember(db, assignee.userId))) throw AppError.notFound('Member');
  return assignee.userId;
}

/** Users (in-app) and addresses (e-mail) the recipients stand for, without duplicates. */
export async function resolveRecipients(
  db: TenantDb,
  recipients: RecipientSpec[],
  record: { recordType: string | null; recordId: string | null },
): Promise<{ userIds: string[]; addresses: string[] }> {
  const userIds = new Set<string>();
  const addresses = new Set<string>();
  for (const recipient of recipients) {
    switch (recipient.type) {
      case 'owner':
      case 'manager':
      case 'user': {
        if (recipient.type === 'manager') {
          for (const id of await managersOf(db, await recordOwner(db, record.recordType, record.recordId)))
            userIds.add(id);
          break;
        }
        const id = await resolveAssignee(db, recipient, record);
        if (id) userIds.add(id);
        break;
      }
      case 'role': {
        const members = await db.membership.findMany({
          where: { disabledAt: null, role: { key: recipient.role } },
          select: { userId: true },
          orderBy: { userId: 'asc' },
        });
        for (const m of members) userIds.add(m.userId);
        break;
      }
      case 'email':
        addresses.add(recipient.address);
        break;
      case 'recordEmail':
        if (record.recordType === 'contact' && record.recordId) {
          const contact = await db.contact.findFirst({
            where: { id: record.recordId },
            select: { emails: true },
          });
          const first = contact?.emails[0];
          if (first) addresses.add(first);
        }
        break;
    }
  }
  return { userIds: [...userIds], addresses: [...addresses] };
}

/** E-mail addresses of users of this tenant. */
export async function addressesOf(db: TenantDb, userIds: string[]): Promise<string[]> {
  if (userIds.length === 0) return [];
  const members = await db.membership.findMany({
    where: { userId: { in: userIds }, disabledAt: null },
    select: { user: { select: { email: true } } },
  });
  return members.map((m) => m.user.email);
}
