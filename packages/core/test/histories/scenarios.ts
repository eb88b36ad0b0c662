import type { Database } from '../../src/db/database.js';
import { newId } from '../../src/ids.js';
import { definitionHash } from '../../src/workflows/definition/definition-hash.js';
import { emptyStepTypeRegistry } from '../../src/workflows/definition/step-types.js';
import { validateDefinition } from '../../src/workflows/definition/validate-definition.js';

/**
 * Runs whose histories are committed next to this file and replayed by
 * test/workflow-runtime/replay-histories.test.ts. `pnpm --filter @crm/core record-histories [name...]`
 * runs them for real (dev server, database, worker) and writes `<name>.json`. Add a scenario for every
 * workflow shape worth guarding (each step kind of the interpreter, a patched branch, ...); re-record a
 * history only for a deliberate, patched change, never to make a failing replay pass.
 */
export interface HistoryScenario {
  name: string;
  workflowType: string;
  /** Prepares what the run needs (rows in the tenant) and returns the workflow's arguments. */
  args(context: { database: Database; tenantId: string }): Promise<unknown[]>;
}

const interpreterSlaRun: HistoryScenario = {
  // Recorded before LOCAL_BOOKKEEPING_PATCH, so it guards the branch of runs started before it.
  // The interpreter: a condition, a durable delay, an activity, and a wait whose SLA escalates and
  // times out (timers, activities, escalation steps, the projection writes).
  name: 'interpreter-sla-run',
  workflowType: 'runWorkflowDefinition',
  args: async ({ database, tenantId }) => {
    const definition = validateDefinition(
      {
        trigger: { type: 'schedule', cron: '0 9 * * MON', timeZone: 'UTC' },
        steps: [
          {
            id: 'always',
            kind: 'condition',
            if: 'now != null',
            then: [{ id: 'pause', kind: 'delay', duration: { seconds: 1 } }],
          },
          { id: 'summary', kind: 'summarizePipeline', periodDays: 7 },
          {
            id: 'wait',
            kind: 'waitForEvent',
            event: { type: 'signal', name: 'go' },
            sla: {
              duration: { seconds: 2 },
              escalations: [
                {
                  atPercent: 50,
                  steps: [
                    {
                      id: 'nudge',
                      kind: 'notify',
                      to: [{ type: 'role', role: 'admin' }],
                      title: 'Open: {{ steps.summary.openCount }}',
                    },
                  ],
                },
              ],
              onTimeout: { atPercent: 100, then: 'continue' },
            },
          },
        ],
      },
      emptyStepTypeRegistry,
    );
    if (!definition.valid) throw new Error(JSON.stringify(definition.issues));
    const workflowId = newId();
    const hash = definitionHash(definition.definition);
    await database.withTenant(tenantId, async (db) => {
      await db.workflow.create({
        data: {
          tenantId,
          id: workflowId,
          name: 'History',
          status: 'published',
          publishedVersion: 1,
          signingSecret: 'history',
        },
      });
      await db.workflowVersion.create({
        data: {
          tenantId,
          workflowId,
          version: 1,
          status: 'published',
          definition: JSON.parse(JSON.stringify(definition.definition)) as object,
          hash,
          triggerType: 'schedule',
        },
      });
    });
    return [
      {
        tenantId,
        runId: newId(),
        triggerType: 'schedule',
        triggerEventId: null,
        workflowId,
        workflowName: 'History',
        version: 1,
        hash,
        definition: definition.definition,
        recordType: null,
        recordId: null,
        trigger: { type: 'schedule' },
        pluginActivities: {},
      },
    ];
  },
};

/**
 * A webhook delivery whose URL the SSRF guard refuses at delivery time (a row written around the
 * save-time check): the attempt fails permanently, then the workflow marks the delivery failed. Both
 * activities and the catch branch, without a receiver.
 */
const webhookDeliveryBlocked: HistoryScenario = {
  name: 'webhook-delivery-blocked',
  workflowType: 'deliverWebhookWorkflow',
  args: async ({ database, tenantId }) => {
    const subscriptionId = newId();
    const eventId = newId();
    await database.withTenant(tenantId, (db) =>
      db.webhookSubscription.create({
        data: {
          tenantId,
          id: subscriptionId,
          url: 'http://169.254.169.254/latest/meta-data/',
          events: ['deal.updated'],
          secret: 'whsec_history',
          createdById: newId(),
        },
        select: { id: true },
      }),
    );
    const event = {
      id: eventId,
      type: 'deal.updated',
      occurredAt: '2026-11-27T12:00:00.000Z',
      data: { recordType: 'deal', recordId: newId(), changed: ['title'] },
    };
    return [{ tenantId, deliveryId: newId(), subscriptionId, event, manual: false }];
  },
};

export const historyScenarios: HistoryScenario[] = [
  webhookDeliveryBlocked,
  {
    name: 'noop-workflow',
    workflowType: 'noopWorkflow',
    args: ({ tenantId }) => Promise.resolve([{ tenantId, outboxId: newId() }]),
  },
  {
    name: 'sleep-then-probe-workflow',
    workflowType: 'sleepThenProbeWorkflow',
    args: async ({ database, tenantId }) => {
      const contactId = newId();
      await database.withTenant(tenantId, (db) =>
        db.contact.create({ data: { tenantId, id: contactId, firstName: 'Replay' }, select: { id: true } }),
      );
      return [{ tenantId, label: 'history', sleepMs: 500, record: { type: 'contact', id: contactId } }];
    },
  },
  interpreterSlaRun,
  {
    // Recorded with LOCAL_BOOKKEEPING_PATCH only: the bookkeeping local, record-writing steps regular.
    ...interpreterSlaRun,
    name: 'interpreter-sla-run-local-bookkeeping',
  },
  {
    // Recorded with record-writing steps local too (LOCAL_RECORD_STEPS_PATCH), before LEAN_PROJECTION_PATCH.
    ...interpreterSlaRun,
    name: 'interpreter-sla-run-local-record-steps',
  },
  {
    // The same run as new runs make it: fewer projection writes (LEAN_PROJECTION_PATCH).
    ...interpreterSlaRun,
    name: 'interpreter-sla-run-lean-projection',
  },
];
