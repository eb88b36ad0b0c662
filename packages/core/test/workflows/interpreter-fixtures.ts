import { buildAbility, type Actor } from '../../src/authz/index.js';
import type { Database, TenantDb } from '../../src/db/database.js';
import { newId } from '../../src/ids.js';
import type { TenantContext } from '../../src/records/context.js';
import { provisionTenant } from '../../src/tenants/provision-tenant.js';
import { definitionHash } from '../../src/workflows/definition/definition-hash.js';
import { emptyStepTypeRegistry, type StepTypeRegistry } from '../../src/workflows/definition/step-types.js';
import { validateDefinition } from '../../src/workflows/definition/validate-definition.js';
import { rolePermissionsSchema } from '../../src/authz/role-permissions.schema.js';

export interface WfTenant {
  tenantId: string;
  pipelineId: string;
  openStage: string;
  wonStage: string;
  admin: string;
  manager: string;
  rep: string;
  teamId: string;
}

/** A tenant with an admin, a sales manager managing a team with a sales rep, and its pipeline. */
export async function createWfTenant(database: Database, name: string): Promise<WfTenant> {
  const tenantId = newId();
  const [admin, manager, rep, teamId] = [newId(), newId(), newId(), newId()];
  return database.withTenant(tenantId, async (db) => {
    await db.user.create({ data: { id: admin, email: `admin-${tenantId}@wf.test`, name: `${name} admin` } });
    const provisioned = await provisionTenant(db, tenantId, {
      workspaceName: name,
      owner: { userId: admin },
    });
    for (const [userId, role] of [
      [manager, 'sales_manager'],
      [rep, 'sales_rep'],
    ] as const) {
      await db.user.create({
        data: { id: userId, email: `${role}-${tenantId}@wf.test`, name: `${name} ${role}` },
      });
      await db.membership.create({
        data: { tenantId, id: newId(), userId, roleId: provisioned.roleIds[role] },
      });
    }
    await db.team.create({ data: { tenantId, id: teamId, name: 'Sales' } });
    await db.teamMember.createMany({
      data: [
        { tenantId, teamId, userId: manager, isManager: true },
        { tenantId, teamId, userId: rep, isManager: false },
      ],
    });
    const stages = await db.stage.findMany({
      where: { pipelineId: provisioned.pipelineId },
      select: { id: true, kind: true },
      orderBy: { position: 'asc' },
    });
    return {
      tenantId,
      pipelineId: provisioned.pipelineId,
      openStage: stages.find((s) => s.kind === 'open')?.id ?? '',
      wonStage: stages.find((s) => s.kind === 'won')?.id ?? '',
      admin,
      manager,
      rep,
      teamId,
    };
  });
}

/** Publishes a (valid) definition as a new workflow, with the outbox event publish writes. */
export async function publishDefinition(
  database: Database,
  tenantId: string,
  definition: object,
  name = 'Test workflow',
  stepTypes: StepTypeRegistry = emptyStepTypeRegistry,
): Promise<string> {
  const check = validateDefinition(definition, stepTypes);
  if (!check.valid) throw new Error(`invalid test definition: ${JSON.stringify(check.issues)}`);
  const workflowId = newId();
  const trigger = check.definition.trigger;
  await database.withTenant(tenantId, async (db) => {
    await db.workflow.create({
      data: {
        tenantId,
        id: workflowId,
        name,
        status: 'published',
        publishedVersion: 1,
        signingSecret: 'test-secret',
      },
    });
    await db.workflowVersion.create({
      data: {
        tenantId,
        workflowId,
        version: 1,
        status: 'published',
        definition: JSON.parse(JSON.stringify(check.definition)) as object,
        hash: definitionHash(check.definition),
        triggerType: trigger.type,
        recordType: 'recordType' in trigger && trigger.recordType ? trigger.recordType : null,
        publishedAt: new Date(),
      },
    });
    await db.outbox.create({
      data: {
        tenantId,
        id: newId(),
        topic: 'workflow.published',
        recordType: 'workflow',
        recordId: workflowId,
        payload: {},
      },
    });
  });
  return workflowId;
}

/** A deal written as the services write it: the row and its outbox event in one unit of work. */
export async function createDeal(
  database: Database,
  tenant: WfTenant,
  data: { title: string; amount?: string; ownerId?: string },
): Promise<string> {
  const id = newId();
  await database.withTenant(tenant.tenantId, async (db) => {
    await db.deal.create({
      data: {
        tenantId: tenant.tenantId,
        id,
        title: data.title,
        amount: data.amount ?? null,
        pipelineId: tenant.pipelineId,
        stageId: tenant.openStage,
        ownerId: data.ownerId ?? tenant.rep,
      },
    });
    await db.outbox.create({
      data: {
        tenantId: tenant.tenantId,
        id: newId(),
        topic: 'record.created',
        recordType: 'deal',
        recordId: id,
        payload: {},
      },
    });
  });
  return id;
}

/** Updates a deal and writes the `record.updated` event with the changed fields, as updateDeal does. */
export async function updateDeal(
  database: Database,
  tenant: WfTenant,
  id: string,
  data: { stageId?: string; title?: string },
  changed: string[],
): Promise<void> {
  await database.withTenant(tenant.tenantId, async (db) => {
    await db.deal.updateMany({ where: { id }, data });
    await db.outbox.create({
      data: {
        tenantId: tenant.tenantId,
        id: newId(),
        topic: 'record.updated',
        recordType: 'deal',
        recordId: id,
        payload: { changed },
      },
    });
  });
}

/** Marks a task done as updateActivity does (the row and its event). */
export async function completeTask(database: Database, tenantId: string, activityId: string): Promise<void> {
  await database.withTenant(tenantId, async (db) => {
    await db.activity.updateMany({
      where: { id: activityId },
      data: { done: true, completedAt: new Date() },
    });
    await db.outbox.create({
      data: {
        tenantId,
        id: newId(),
        topic: 'record.updated',
        recordType: 'activity',
        recordId: activityId,
        payload: { changed: ['done', 'completedAt'] },
      },
    });
  });
}

/** A tenant context for a member, to call core operations as the API would. */
export async function contextOf(db: TenantDb, tenantId: string, userId: string): Promise<TenantContext> {
  const membership = await db.membership.findFirstOrThrow({
    where: { userId },
    select: { role: { select: { key: true, permissions: true } } },
  });
  const actor: Actor = {
    tenantId,
    userId,
    roleKey: membership.role.key,
    permissions: rolePermissionsSchema.parse(membership.role.permissions),
    teamUserIds: [userId],
    apiKeyId: null,
  };
  return { db, actor, ability: buildAbility(actor), requestId: 'test', ip: null };
}

export async function runsOfWorkflow(database: Database, tenantId: string, workflowId: string) {
  return database.withTenant(tenantId, (db) =>
    db.workflowRun.findMany({
      where: { workflowId },
      orderBy: { createdAt: 'asc' },
      select: {
        id: true,
        status: true,
        temporalWorkflowId: true,
        currentStepId: true,
        waitingFor: true,
        nextTimerAt: true,
        error: true,
        recordId: true,
        triggerEventId: true,
      },
    }),
  );
}

export async function stepsOfRun(database: Database, tenantId: string, runId: string) {
  return database.withTenant(tenantId, (db) =>
    db.workflowRunStep.findMany({
      where: { runId },
      orderBy: { seq: 'asc' },
      select: { stepId: true, kind: true, status: true, detail: true },
    }),
  );
}

export async function notificationsOf(database: Database, tenantId: string, userId: string) {
  return database.withTenant(tenantId, (db) =>
    db.notification.findMany({
      where: { userId },
      orderBy: { createdAt: 'asc' },
      select: { title: true, body: true, runId: true },
    }),
  );
}
