import type { TenantDb } from '../../../db/database.js';
import { AppError } from '../../../errors/index.js';
import { toValue } from '../../expressions/values.js';
import type { JsonObject } from '../interpreter.types.js';

const dateOnly = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/**
 * A record as workflow expressions see it (`record`): its fields, custom fields, a deal's `status`
 * (the stage kind). Read under RLS: another tenant's id is simply not found.
 */
export async function loadWorkflowRecord(
  db: TenantDb,
  tenantId: string,
  recordType: string,
  recordId: string,
): Promise<JsonObject> {
  const where = { tenantId, id: recordId, deletedAt: null };
  let row: object | null = null;
  switch (recordType) {
    case 'deal': {
      const deal = await db.deal.findFirst({
        where,
        select: {
          id: true,
          title: true,
          amount: true,
          currency: true,
          pipelineId: true,
          stageId: true,
          expectedCloseDate: true,
          ownerId: true,
          accountId: true,
          lostReason: true,
          closedAt: true,
          stageChangedAt: true,
          customFields: true,
          createdAt: true,
          updatedAt: true,
          stage: { select: { kind: true } },
        },
      });
      if (deal) {
        const { stage, amount, expectedCloseDate, ...rest } = deal;
        row = {
          ...rest,
          amount: amount?.toFixed(2) ?? null,
          expectedCloseDate: dateOnly(expectedCloseDate),
          status: stage.kind,
        };
      }
      break;
    }
    case 'contact':
      row = await db.contact.findFirst({
        where,
        select: {
          id: true,
          firstName: true,
          lastName: true,
          middleName: true,
          fullName: true,
          emails: true,
          phones: true,
          position: true,
          ownerId: true,
          customFields: true,
          createdAt: true,
          updatedAt: true,
        },
      });
      break;
    case 'account':
      row = await db.account.findFirst({
        where,
        select: {
          id: true,
          name: true,
          taxId: true,
          industry: true,
          region: true,
          address: true,
          website: true,
          phone: true,
          ownerId: true,
          customFields: true,
          createdAt: true,
          updatedAt: true,
        },
      });
      break;
    case 'activity':
      row = await db.activity.findFirst({
        where,
        select: {
          id: true,
          type: true,
          subject: true,
          body: true,
          dueAt: true,
          occurredAt: true,
          done: true,
          completedAt: true,
          outcome: true,
          ownerId: true,
          accountId: true,
          contactId: true,
          dealId: true,
          createdAt: true,
          updatedAt: true,
        },
      });
      break;
    default:
      throw AppError.invalid([{ field: 'recordType', message: `unknown record type "${recordType}"` }]);
  }
  if (!row) throw AppError.notFound('Record');
  const value = toValue(row);
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
}
