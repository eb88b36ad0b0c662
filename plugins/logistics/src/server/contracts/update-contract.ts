import { AppError, authorize, recordAudit } from '@crm/core';
import type { LogisticsContext } from '../../db.js';
import { isUniqueViolation } from '../unique-violation.js';
import type { ContractOutput, UpdateContractInput } from './contract.schema.js';
import { numberTaken } from './create-contract.js';
import { findContract } from './find-contract.js';

export async function updateContract(
  ctx: LogisticsContext,
  input: UpdateContractInput,
): Promise<ContractOutput> {
  authorize(ctx.ability, 'update', 'logistics.Contract');
  const before = await findContract(ctx, input.id);
  const { id, expectedVersion, startsOn, endsOn, ...changes } = input;
  const start = startsOn ?? before.startsOn;
  const end = endsOn ?? before.endsOn;
  if (end <= start) throw AppError.invalid([{ field: 'endsOn', message: 'must be after startsOn' }]);
  try {
    const updated = await ctx.ldb.logisticsContract.updateMany({
      where: { tenantId: ctx.actor.tenantId, id, version: expectedVersion ?? before.version },
      data: {
        ...changes,
        ...(startsOn ? { startsOn: new Date(startsOn) } : {}),
        ...(endsOn ? { endsOn: new Date(endsOn) } : {}),
      },
    });
    if (updated.count === 0)
      throw AppError.conflict('The contract was changed meanwhile; reload it and retry');
  } catch (error) {
    if (isUniqueViolation(error)) throw numberTaken(changes.number ?? '');
    throw error;
  }
  const after = await findContract(ctx, id);
  await recordAudit(ctx, {
    action: 'logistics.contract.updated',
    recordType: 'logistics.contract',
    recordId: id,
    before,
    after,
  });
  return after;
}
