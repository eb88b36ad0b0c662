import type { TenantDb } from '../../../db/database.js';
import { AppError } from '../../../errors/index.js';
import { writableFields, type WorkflowRecordType } from '../../definition/common.schema.js';
import type { AssignInput, UpdateFieldsInput } from '../interpreter.types.js';
import { newId } from '../../../ids.js';
import { readPath } from '../../expressions/read-path.js';
import { toValue } from '../../expressions/values.js';
import { loadWorkflowRecord } from './load-record.js';
import { recordWorkflowChange } from './workflow-writes.js';

const recordTypes: readonly string[] = ['deal', 'contact', 'account', 'activity'];
const isRecordType = (type: string | null): type is WorkflowRecordType =>
  type !== null && recordTypes.includes(type);

function target(input: { recordType: string | null; recordId: string | null }): {
  type: WorkflowRecordType;
  id: string;
} {
  if (!isRecordType(input.recordType) || !input.recordId) {
    throw AppError.invalid([{ field: 'recordId', message: 'this step needs the run to be about a record' }]);
  }
  return { type: input.recordType, id: input.recordId };
}

/** Writes fields of a record (own columns, or `customFields.<key>` merged) with the version bumped. */
async function writeRecord(
  db: TenantDb,
  tenantId: string,
  type: WorkflowRecordType,
  id: string,
  data: Record<string, unknown>,
): Promise<void> {
  const where = { tenantId, id, deletedAt: null };
  let count = 0;
  if (type === 'deal') count = (await db.deal.updateMany({ where, data })).count;
  if (type === 'contact') count = (await db.contact.updateMany({ where, data })).count;
  if (type === 'account') count = (await db.account.updateMany({ where, data })).count;
  if (type === 'activity') count = (await db.activity.updateMany({ where, data })).count;
  if (count === 0) throw AppError.notFound('Record');
}

function coerce(type: WorkflowRecordType, field: string, value: unknown): unknown {
  if (value === null) return null;
  if (field === 'expectedCloseDate' && typeof value === 'string')
    return new Date(`${value.slice(0, 10)}T00:00:00.000Z`);
  if (field === 'dueAt' && typeof value === 'string') return new Date(value);
  if (field === 'done') return value === true || value === 'true';
  if (field === 'amount')
    return typeof value === 'number' || typeof value === 'string' ? String(value) : null;
  return typeof value === 'object' ? JSON.stringify(value) : value;
}

export async function updateFields(db: TenantDb, input: UpdateFieldsInput): Promise<{ changed: string[] }> {
  const { type, id } = target(input);
  const current = await loadWorkflowRecord(db, input.tenantId, type, id);
  const data: Record<string, unknown> = {};
  const custom: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(input.set)) {
    if (field.startsWith('customFields.')) custom[field.slice('customFields.'.length)] = value;
    else if (writableFields[type].includes(field)) data[field] = coerce(type, field, value);
    else throw AppError.invalid([{ field: `set.${field}`, message: `is not a writable field of a ${type}` }]);
  }
  if (Object.keys(custom).length > 0) {
    const existing =
      typeof current.customFields === 'object' && current.customFields !== null ? current.customFields : {};
    data.customFields = { ...existing, ...custom };
  }
  if (type === 'activity' && 'done' in data) data.completedAt = data.done ? new Date() : null;
  await writeRecord(db, input.tenantId, type, id, data);
  const changed = [...Object.keys(data)];
  await recordWorkflowChange(db, {
    tenantId: input.tenantId,
    runId: input.runId,
    action: `${type}.updated`,
    topic: 'record.updated',
    recordType: type,
    recordId: id,
    after: input.set,
    changed,
  });
  return { changed };
}

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
  const { type, id } = target(input);
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
  if (ownerId !== current) {
    await writeRecord(db, input.tenantId, type, id, { ownerId });
    await db.ownershipChange.create({
      data: {
        tenantId: input.tenantId,
        id: newId(),
        recordType: type,
        recordId: id,
        fromUserId: current,
        toUserId: ownerId,
        reason: 'workflow',
      },
      select: { id: true },
    });
    await recordWorkflowChange(db, {
      tenantId: input.tenantId,
      runId: input.runId,
      action: `${type}.updated`,
      topic: 'record.updated',
      recordType: type,
      recordId: id,
      after: { ownerId },
      changed: ['ownerId'],
    });
  }
  return { ownerId, kept: false };
}
