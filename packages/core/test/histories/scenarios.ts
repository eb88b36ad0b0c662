import type { Database } from '../../src/db/database.js';
import { newId } from '../../src/ids.js';

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

export const historyScenarios: HistoryScenario[] = [
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
];
