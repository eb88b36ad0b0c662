import { newId, type TenantDb } from '@crm/core';

const DAY_MS = 86_400_000;

/** A task (or call, meeting) for a manager on a client's contact or account; returns its id. */
export async function createClientTask(
  db: TenantDb,
  task: {
    tenantId: string;
    ownerId: string | null;
    type?: 'task' | 'call' | 'meeting';
    subject: string;
    body?: string;
    contactId: string | null;
    accountId: string | null;
    dueAt?: Date;
    dueInDays?: number;
  },
): Promise<string> {
  const id = newId();
  await db.activity.create({
    data: {
      tenantId: task.tenantId,
      id,
      type: task.type ?? 'task',
      subject: task.subject.slice(0, 500),
      body: task.body ?? null,
      ownerId: task.ownerId,
      contactId: task.contactId,
      accountId: task.accountId,
      dueAt: task.dueAt ?? new Date(Date.now() + (task.dueInDays ?? 1) * DAY_MS),
    },
    select: { id: true },
  });
  return id;
}

/** Whether a task is still open (exists, not done, not deleted). */
export async function isOpenTask(db: TenantDb, id: string | null): Promise<boolean> {
  if (!id) return false;
  const task = await db.activity.findFirst({
    where: { id, done: false, deletedAt: null },
    select: { id: true },
  });
  return task !== null;
}

/**
 * Who an escalation about `userId`'s work goes to: a manager of one of the user's teams, otherwise a
 * tenant admin (never the user itself); null when the tenant has neither.
 */
export async function escalationOwner(db: TenantDb, userId: string | null): Promise<string | null> {
  if (userId) {
    const teams = await db.teamMember.findMany({ where: { userId }, select: { teamId: true } });
    const lead = await db.teamMember.findFirst({
      where: { teamId: { in: teams.map((t) => t.teamId) }, isManager: true, userId: { not: userId } },
      orderBy: { userId: 'asc' },
      select: { userId: true },
    });
    if (lead) return lead.userId;
  }
  const admin = await db.membership.findFirst({
    where: { disabledAt: null, role: { key: 'admin' }, ...(userId ? { userId: { not: userId } } : {}) },
    orderBy: { createdAt: 'asc' },
    select: { userId: true },
  });
  return admin?.userId ?? null;
}
