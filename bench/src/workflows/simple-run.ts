import { newId, workflows, type Database } from '@crm/core';

/**
 * A kind of run the throughput comparison starts many of: its workflow type and the arguments of
 * each start. `prepare` writes what the runs need (records, a published workflow) before timing.
 */
export interface SimpleRun {
  label: string;
  workflowType: string;
  args(tenantId: string): unknown[];
}

/**
 * The runtime's floor: sleepThenProbeWorkflow with no sleep, one tenant unit of work writing one row
 * exactly once. It shows what Temporal plus one idempotent activity cost.
 */
export const probeRun: SimpleRun = {
  label: 'probe: one idempotent activity',
  workflowType: 'sleepThenProbeWorkflow',
  args: (tenantId) => [{ tenantId, label: `bench-${newId()}`, sleepMs: 0 }],
};

const definition = {
  trigger: { type: 'manual', recordType: 'contact' },
  steps: [{ id: 'mark', kind: 'updateFields', set: { position: 'Benchmarked' } }],
};

/**
 * The product's simple run: a published one-step definition (`updateFields` on a contact, through the
 * contact service: validation, audit entry, outbox event) run by the interpreter, with its projection
 * (`WorkflowRun`, the step log) kept as for any run. Each run has a contact of its own, as runs
 * triggered by different records do.
 */
export async function prepareInterpreterRun(
  database: Database,
  tenantId: string,
  runs: number,
): Promise<SimpleRun> {
  const checked = workflows.validateDefinition(definition, workflows.emptyStepTypeRegistry);
  if (!checked.valid) throw new Error('the benchmark definition is invalid');
  const workflowId = newId();
  const hash = workflows.definitionHash(checked.definition);
  const contactIds = Array.from({ length: runs }, () => newId());
  await database.withTenant(tenantId, async (db) => {
    await db.workflow.create({
      data: {
        tenantId,
        id: workflowId,
        name: 'Bench',
        status: 'published',
        publishedVersion: 1,
        signingSecret: newId(),
      },
      select: { id: true },
    });
    await db.workflowVersion.create({
      data: {
        tenantId,
        workflowId,
        version: 1,
        status: 'published',
        definition: JSON.parse(JSON.stringify(checked.definition)) as object,
        hash,
        triggerType: 'manual',
        recordType: 'contact',
        publishedAt: new Date(),
      },
      select: { workflowId: true },
    });
    await db.contact.createMany({
      data: contactIds.map((id) => ({ tenantId, id, firstName: 'Bench', lastName: 'Run' })),
    });
  });
  let next = 0;
  return {
    label: 'interpreter: published one-step definition (updateFields through the contact service)',
    workflowType: workflows.INTERPRETER_WORKFLOW_TYPE,
    args: (tenant) => {
      const input: workflows.InterpreterInput = {
        tenantId: tenant,
        runId: newId(),
        triggerType: 'manual',
        triggerEventId: null,
        workflowId,
        workflowName: 'Bench',
        version: 1,
        hash,
        definition: checked.definition,
        recordType: 'contact',
        recordId: contactIds[next++ % contactIds.length] ?? null,
        trigger: {},
        pluginActivities: {},
      };
      return [input];
    },
  };
}
