import { newId, type Prisma, type TenantDb } from '@crm/core';

/** A JSON-safe copy (dates to ISO strings, decimals to strings). */
function jsonCopy(value: object): Prisma.InputJsonObject {
  const copy: unknown = JSON.parse(JSON.stringify(value));
  return typeof copy === 'object' && copy !== null && !Array.isArray(copy) ? copy : {};
}

/** An audit entry written by the system (a workflow activity), with no acting user. */
export async function systemAudit(
  db: TenantDb,
  tenantId: string,
  entry: { action: string; recordType: string; recordId: string; after?: object },
): Promise<void> {
  await db.auditLog.create({
    data: {
      tenantId,
      id: newId(),
      actorUserId: null,
      action: entry.action,
      recordType: entry.recordType,
      recordId: entry.recordId,
      ...(entry.after === undefined ? {} : { after: jsonCopy(entry.after) }),
    },
    select: { id: true },
  });
}
