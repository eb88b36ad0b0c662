import { AppError } from '@crm/core';
import type { TelecomDb } from '../../db.js';
import { orderableStatuses } from '../offerings/offering-lifecycle.js';

/** The offering if it can be sold now (Active or Launched, sellable, within validFor); else 400 naming `field`. */
export async function orderableOffering(
  tdb: TelecomDb,
  tenantId: string,
  offeringId: string,
  field: string,
  now = new Date(),
): Promise<{ id: string; name: string }> {
  const offering = await tdb.telecomProductOffering.findFirst({
    where: { tenantId, id: offeringId },
    select: { id: true, name: true, lifecycleStatus: true, isSellable: true, validFrom: true, validTo: true },
  });
  if (!offering) throw AppError.invalid([{ field, message: 'no such product offering' }]);
  const problem = !orderableStatuses.some((s) => s === offering.lifecycleStatus)
    ? `"${offering.name}" is ${offering.lifecycleStatus}; only Active or Launched offerings can be ordered`
    : !offering.isSellable
      ? `"${offering.name}" is not sellable on its own`
      : (offering.validFrom && offering.validFrom > now) || (offering.validTo && offering.validTo < now)
        ? `"${offering.name}" is not valid today`
        : null;
  if (problem) throw AppError.invalid([{ field, message: problem }]);
  return { id: offering.id, name: offering.name };
}
