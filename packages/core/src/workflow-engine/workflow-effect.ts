import { Context } from '@temporalio/activity';
import type { TenantDb } from '../db/database.js';
import { AppError } from '../errors/index.js';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface EffectKey {
  tenantId: string;
  /** Unique per effect within the tenant; default: the running activity's own identity (see activityEffectKey). */
  effectKey?: string;
}

/**
 * The identity of the running activity attempt's effect: workflow id, run id and activity id. It is
 * the same on every retry of that activity (and on a new worker after a crash), and different for
 * every other activity call.
 */
export function activityEffectKey(): string {
  let info;
  try {
    info = Context.current().info;
  } catch {
    throw new AppError('INTERNAL', 'activityEffectKey() is only available inside an activity');
  }
  const execution = info.workflowExecution;
  if (!execution) throw new AppError('INTERNAL', 'activityEffectKey() needs an activity of a workflow');
  return `${execution.workflowId}/${execution.runId}/${info.activityId}`;
}

function activityInfo(): { workflowId: string; activity: string } | undefined {
  try {
    const info = Context.current().info;
    return { workflowId: info.workflowExecution?.workflowId ?? '', activity: info.activityType };
  } catch {
    return undefined;
  }
}

/**
 * Performs `effect` once per (tenantId, effectKey). Call it inside the activity's tenant unit of
 * work (`withActivityTenant`): the key row is inserted first, in the same transaction as the effect's
 * writes, so either both commit or neither does. A retried activity finds the key and gets the first
 * result back without repeating the effect; a concurrent duplicate waits on the key row's lock and
 * then does the same. Effects outside the database (an e-mail, a webhook) should pass the key on to
 * the receiving system as its idempotency key.
 */
export async function performEffectOnce<T extends JsonValue>(
  db: TenantDb,
  key: EffectKey,
  effect: () => Promise<T>,
): Promise<{ result: T; repeated: boolean }> {
  const effectKey = key.effectKey ?? activityEffectKey();
  const info = activityInfo();
  const claimed = await db.$queryRaw<{ claimed: boolean }[]>`
    INSERT INTO "WorkflowEffect" ("tenantId", "effectKey", "workflowId", "activity")
    VALUES (${key.tenantId}::uuid, ${effectKey}, ${info?.workflowId ?? null}, ${info?.activity ?? null})
    ON CONFLICT ("tenantId", "effectKey") DO NOTHING
    RETURNING true AS claimed`;
  if (claimed.length === 0) {
    const done = await db.workflowEffect.findUnique({
      where: { tenantId_effectKey: { tenantId: key.tenantId, effectKey } },
      select: { result: true },
    });
    return { result: (done?.result ?? null) as T, repeated: true };
  }
  const result = await effect();
  await db.workflowEffect.update({
    where: { tenantId_effectKey: { tenantId: key.tenantId, effectKey } },
    data: { result: result === null ? undefined : result },
    select: { effectKey: true },
  });
  return { result, repeated: false };
}
