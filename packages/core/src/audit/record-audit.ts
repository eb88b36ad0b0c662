import { newId } from '../ids.js';
import { actingUserId, type TenantContext } from '../records/context.js';

export interface AuditEntry {
  action: string;
  recordType?: string;
  recordId?: string;
  before?: unknown;
  after?: unknown;
}

/** Appends one entry to the tenant's audit log, in the same transaction as the change it records. */
export async function recordAudit(ctx: TenantContext, entry: AuditEntry): Promise<void> {
  await ctx.db.auditLog.create({
    data: {
      tenantId: ctx.actor.tenantId,
      id: newId(),
      actorUserId: actingUserId(ctx),
      actorApiKeyId: ctx.actor.apiKeyId,
      action: entry.action,
      recordType: entry.recordType ?? null,
      recordId: entry.recordId ?? null,
      before: toJson(entry.before),
      after: toJson(entry.after),
      requestId: ctx.requestId,
      ip: ctx.ip,
    },
    select: { id: true },
  });
}

/** JSON-safe copy (dates to ISO strings, decimals to strings); `undefined` stays absent. */
function toJson(value: unknown): object | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as object;
}
