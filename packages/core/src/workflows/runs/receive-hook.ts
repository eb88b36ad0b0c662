import { hashToken } from '../../auth/tokens.js';
import type { Database, TenantDb } from '../../db/database.js';
import { AppError } from '../../errors/index.js';
import { triggerOf } from '../definition/trigger.schema.js';
import { requestRun } from './request-run.js';

/** Largest inbound webhook body kept as the run's `trigger` (characters of JSON). */
export const MAX_HOOK_BODY = 64_000;

/**
 * The inbound webhook trigger: the secret token in the URL names the workflow (and so the tenant);
 * the body becomes `trigger.body`. With a record type, the body names the record (`recordId`), which
 * must exist in that tenant. Answers the run id; an unknown or revoked token is a 404.
 */
export async function receiveWorkflowHook(
  database: Database,
  token: string,
  body: Record<string, unknown>,
): Promise<{ runId: string }> {
  const found = await database.withPlatform(
    (db) =>
      db.$queryRaw<{ tenantId: string; workflowId: string }[]>`
      SELECT "tenantId", "workflowId" FROM crm_resolve_workflow_hook(${hashToken(token)})`,
  );
  const target = found[0];
  if (!target) throw AppError.notFound('Webhook');
  if (JSON.stringify(body).length > MAX_HOOK_BODY) {
    throw new AppError('PAYLOAD_TOO_LARGE', `The webhook body is larger than ${MAX_HOOK_BODY} characters`);
  }
  return database.withTenant(target.tenantId, async (db) => {
    const workflow = await db.workflow.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: target.tenantId, id: target.workflowId } },
      select: { publishedVersion: true },
    });
    if (workflow.publishedVersion === null) throw AppError.notFound('Webhook');
    const version = await db.workflowVersion.findUniqueOrThrow({
      where: {
        tenantId_workflowId_version: {
          tenantId: target.tenantId,
          workflowId: target.workflowId,
          version: workflow.publishedVersion,
        },
      },
      select: { version: true, hash: true, definition: true },
    });
    const trigger = triggerOf(version.definition);
    if (trigger?.type !== 'webhook') throw AppError.notFound('Webhook');
    let recordId: string | null = null;
    if (trigger.recordType) {
      const candidate = body.recordId;
      const exists =
        typeof candidate === 'string' &&
        /^[0-9a-f-]{36}$/i.test(candidate) &&
        (await recordExists(db, trigger.recordType, candidate));
      if (!exists)
        throw AppError.invalid([
          { field: 'recordId', message: `must name a ${trigger.recordType} of this workspace` },
        ]);
      recordId = candidate;
    }
    const runId = await requestRun(db, {
      tenantId: target.tenantId,
      workflowId: target.workflowId,
      version: version.version,
      definitionHash: version.hash,
      triggerType: 'webhook',
      recordType: trigger.recordType ?? null,
      recordId,
      startedById: null,
      payload: { body },
    });
    return { runId };
  });
}

async function recordExists(db: TenantDb, type: string, id: string): Promise<boolean> {
  const where = { id, deletedAt: null };
  const select = { id: true } as const;
  switch (type) {
    case 'deal':
      return Boolean(await db.deal.findFirst({ where, select }));
    case 'contact':
      return Boolean(await db.contact.findFirst({ where, select }));
    case 'account':
      return Boolean(await db.account.findFirst({ where, select }));
    case 'activity':
      return Boolean(await db.activity.findFirst({ where, select }));
    default:
      return false;
  }
}
