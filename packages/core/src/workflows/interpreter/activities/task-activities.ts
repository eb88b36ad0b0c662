import type { TenantDb } from '../../../db/database.js';
import { AppError } from '../../../errors/index.js';
import { newId } from '../../../ids.js';
import type { ActionPlanInput, CreateTaskInput } from '../interpreter.types.js';
import { resolveAssignee } from './resolve-people.js';
import { recordWorkflowChange } from './workflow-writes.js';

/** Links of a new activity to the run's record (an activity's task links to what that activity is about). */
async function linksOf(db: TenantDb, recordType: string | null, recordId: string | null) {
  if (!recordType || !recordId) return {};
  if (recordType === 'deal') return { dealId: recordId };
  if (recordType === 'contact') return { contactId: recordId };
  if (recordType === 'account') return { accountId: recordId };
  if (recordType === 'activity') {
    const source = await db.activity.findFirst({
      where: { id: recordId },
      select: { dealId: true, contactId: true, accountId: true },
    });
    if (!source) throw AppError.notFound('Activity');
    return source;
  }
  return {};
}

async function insertTask(
  db: TenantDb,
  input: { tenantId: string; runId: string; recordType: string | null; recordId: string | null },
  task: {
    activityType: string;
    subject: string;
    body: string | null;
    dueAt: string | null;
    ownerId: string | null;
  },
): Promise<string> {
  const id = newId();
  const links = await linksOf(db, input.recordType, input.recordId);
  await db.activity.create({
    data: {
      tenantId: input.tenantId,
      id,
      type: task.activityType,
      subject: task.subject.slice(0, 500) || '(no subject)',
      body: task.body,
      dueAt: task.dueAt ? new Date(task.dueAt) : null,
      ownerId: task.ownerId,
      ...links,
    },
    select: { id: true },
  });
  await recordWorkflowChange(db, {
    tenantId: input.tenantId,
    runId: input.runId,
    action: 'activity.created',
    topic: 'record.created',
    recordType: 'activity',
    recordId: id,
    after: { subject: task.subject, ownerId: task.ownerId, dueAt: task.dueAt },
  });
  return id;
}

export async function createTask(db: TenantDb, input: CreateTaskInput): Promise<{ activityId: string }> {
  const ownerId = await resolveAssignee(db, input.assignee, input);
  return { activityId: await insertTask(db, input, { ...input, ownerId }) };
}

/** All tasks of an action plan at once, each with its computed due date and its dependencies noted. */
export async function createActionPlan(
  db: TenantDb,
  input: ActionPlanInput,
): Promise<{ activityIds: string[] }> {
  const activityIds: string[] = [];
  for (const task of input.tasks) {
    const ownerId = await resolveAssignee(db, task.assignee, input);
    const after = task.dependsOn.length ? `After: ${task.dependsOn.join(', ')}` : null;
    const body = [task.body, after].filter(Boolean).join('\n\n') || null;
    activityIds.push(
      await insertTask(db, input, {
        activityType: 'task',
        subject: task.subject,
        body,
        dueAt: task.dueAt,
        ownerId,
      }),
    );
  }
  return { activityIds };
}
