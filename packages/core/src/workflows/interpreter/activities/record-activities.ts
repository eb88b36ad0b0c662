import type { TenantDb } from '../../../db/database.js';
import { AppError } from '../../../errors/index.js';
import { newId } from '../../../ids.js';
import { readPath } from '../../expressions/read-path.js';
import { toValue } from '../../expressions/values.js';
import type { AssignInput } from '../interpreter.types.js';
import { automationContext } from './automation-context.js';
import { loadWorkflowRecord } from './load-record.js';
import { updateRecordAsWorkflow } from './update-fields.js';
import { workflowTarget } from './workflow-target.js';

/** Team members, in a stable order. */
async function teamUsers(db: TenantDb, teamId: string): Promise<string[]> {
  const members = await db.teamMember.findMany({
    where: { teamId, membership: { disabledAt: null } },
    select: { userId: true },
    orderBy: { userId: 'asc' },
  });
  if (members.length === 0) throw AppError.notFound('Team');
  return members.map((m) => m.userId);
}

/** Open deals and open tasks per user: the load the least-loaded rule balances. */
async function loadOf(db: TenantDb, userIds: string[]): Promise<Map<string, number>> {
  const load = new Map(userIds.map((id) => [id, 0]));
  const deals = await db.deal.groupBy({
    by: ['ownerId'],
    where: { ownerId: { in: userIds }, deletedAt: null, closedAt: null },
    _count: { _all: true },
  });
  const tasks = await db.activity.groupBy({
    by: ['ownerId'],
    where: { ownerId: { in: userIds }, deletedAt: null, done: false },
    _count: { _all: true },
  });
  for (const row of [...deals, ...tasks])
    if (row.ownerId) load.set(row.ownerId, (load.get(row.ownerId) ?? 0) + row._count._all);
  return load;
}

/**
 * Assigns the record by the rule. Round robin continues after the team member who was assigned last
 * by any workflow (the audit log says who); least-loaded takes the member with the fewest open deals
 * and tasks; territory maps a field's value to a user.
 */
export async function assignRecord(
  db: TenantDb,
  input: AssignInput,
): Promise<{ ownerId: string | null; kept: boolean }> {
  const { type, id } = workflowTarget(input);
  const record = await loadWorkflowRecord(db, input.tenantId, type, id);
  const current = typeof record.ownerId === 'string' ? record.ownerId : null;
  if (input.keepExistingOwner && current) return { ownerId: current, kept: true };
  let ownerId: string | null = null;
  const rule = input.rule;
  if (rule.type === 'user') ownerId = rule.userId;
  else if (rule.type === 'territory') {
    const raw = readPath(toValue(record), rule.field);
    const key = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : '';
    ownerId = (Object.hasOwn(rule.map, key) ? rule.map[key] : undefined) ?? rule.fallbackUserId ?? null;
  } else {
    const users = await teamUsers(db, rule.teamId);
    if (rule.type === 'leastLoaded') {
      const load = await loadOf(db, users);
      ownerId =
        [...users].sort((a, b) => (load.get(a) ?? 0) - (load.get(b) ?? 0) || (a < b ? -1 : 1))[0] ?? null;
    } else {
      const last = await db.auditLog.findFirst({
        where: { action: 'workflow.round_robin', recordType: 'team', recordId: rule.teamId },
        orderBy: { at: 'desc' },
        select: { after: true },
      });
      const previous =
        typeof last?.after === 'object' && last.after !== null && 'userId' in last.after
          ? last.after.userId
          : null;
      const index = users.findIndex((u) => u === previous);
      ownerId = users[(index + 1) % users.length] ?? null;
      await db.auditLog.create({
        data: {
          tenantId: input.tenantId,
          id: newId(),
          action: 'workflow.round_robin',
          recordType: 'team',
          recordId: rule.teamId,
          after: { userId: ownerId, runId: input.runId },
        },
        select: { id: true },
      });
    }
  }
  if (!ownerId) throw AppError.notFound('Member');
  const member = await db.membership.findFirst({
    where: { userId: ownerId, disabledAt: null },
    select: { id: true },
  });
  if (!member) throw AppError.notFound('Member');
  if (ownerId !== current)
    await updateRecordAsWorkflow(automationContext(db, input.tenantId, input.runId), type, { id, ownerId });
  return { ownerId, kept: false };
}
