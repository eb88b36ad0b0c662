import type { Database, TenantDb } from '../../../db/database.js';
import { defineActivities } from '../../../workflow-engine/activity-registry.js';
import { withActivityTenant } from '../../../workflow-engine/tenant-activity.js';
import {
  activityEffectKey,
  performEffectOnce,
  type JsonValue,
} from '../../../workflow-engine/workflow-effect.js';
import { toValue } from '../../expressions/values.js';
import type { InterpreterActivities, JsonObject } from '../interpreter.types.js';
import { loadWorkflowRecord } from './load-record.js';
import { callWebhook, createApproval, notifyUsers, sendEmails, type SendMail } from './message-activities.js';
import { ensureRun, recordRun } from './record-run.activity.js';
import { assignRecord } from './record-activities.js';
import { updateFields } from './update-fields.js';
import { scanDateTrigger } from './scan-date-trigger.js';
import { summarizePipeline } from './summarize-pipeline.js';
import { createActionPlan, createTask } from './task-activities.js';

export interface WorkflowActivityDeps {
  database: Database;
  sendMail: SendMail;
}

/** A JSON result as the effect log stores it. */
function json(value: object): JsonValue {
  const out = toValue(value);
  return out;
}

/**
 * Runs an effect once per activity (retries and a new worker after a crash get the first result):
 * in the tenant unit of work of the input's tenant, keyed by the activity's identity.
 */
function once<I extends { tenantId: string }, R extends object>(
  database: Database,
  work: (db: TenantDb, input: I, effectKey: string) => Promise<R>,
): (input: I) => Promise<R> {
  return (input) =>
    withActivityTenant(database, input, async (db) => {
      const effectKey = activityEffectKey();
      const { result } = await performEffectOnce(db, { tenantId: input.tenantId, effectKey }, async () =>
        json(await work(db, input, effectKey)),
      );
      return result as R;
    });
}

/** The interpreter's activities, registered as `workflows.<name>` on the CRM worker. */
export function createWorkflowActivities(deps: WorkflowActivityDeps) {
  const { database } = deps;
  const activities: {
    [
      K in keyof InterpreterActivities as K extends `workflows.${infer N}` ? N : never
    ]: InterpreterActivities[K];
  } = {
    ensureRun: (input) => withActivityTenant(database, input, (db) => ensureRun(db, input)),
    recordRun: (input) => withActivityTenant(database, input, (db) => recordRun(db, input)),
    loadRecord: (input) =>
      withActivityTenant(database, input, (db): Promise<JsonObject> =>
        loadWorkflowRecord(db, input.tenantId, input.recordType, input.recordId),
      ),
    createTask: once(database, (db, input) => createTask(db, input)),
    actionPlan: once(database, (db, input) => createActionPlan(db, input)),
    updateFields: once(database, (db, input) => updateFields(db, input)),
    assign: once(database, (db, input) => assignRecord(db, input)),
    notify: once(database, (db, input, key) => notifyUsers(db, input, key)),
    sendEmail: once(database, (db, input, key) => sendEmails(db, input, key, deps.sendMail)),
    createApproval: (input) => withActivityTenant(database, input, (db) => createApproval(db, input)),
    callWebhook: (input) =>
      withActivityTenant(database, input, (db) => callWebhook(db, input, activityEffectKey())),
    scanDateTrigger: (input) => withActivityTenant(database, input, (db) => scanDateTrigger(db, input)),
    summarizePipeline: (input) => withActivityTenant(database, input, (db) => summarizePipeline(db, input)),
  };
  return defineActivities('workflows', activities);
}
