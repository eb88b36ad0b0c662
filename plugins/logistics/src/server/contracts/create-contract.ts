import { AppError, authorize, newId, recordAudit } from '@crm/core';
import type { LogisticsContext } from '../../db.js';
import { isUniqueViolation } from '../unique-violation.js';
import { contractSelect, type ContractOutput, type CreateContractInput } from './contract.schema.js';
import { assertReadableAccount } from './find-contract.js';
import { presentContract } from './present-contract.js';

export const numberTaken = (number: string) =>
  AppError.invalid([{ field: 'number', message: `contract ${number} exists already` }]);

export async function createContract(
  ctx: LogisticsContext,
  input: CreateContractInput,
): Promise<ContractOutput> {
  authorize(ctx.ability, 'create', 'logistics.Contract');
  await assertReadableAccount(ctx, input.accountId);
  const id = newId();
  try {
    const row = await ctx.ldb.logisticsContract.create({
      data: {
        tenantId: ctx.actor.tenantId,
        id,
        number: input.number,
        accountId: input.accountId,
        kind: input.kind,
        status: input.status ?? 'active',
        startsOn: new Date(input.startsOn),
        endsOn: new Date(input.endsOn),
        autoRenew: input.autoRenew ?? false,
        renewalTermMonths: input.renewalTermMonths ?? 12,
        noticeDays: input.noticeDays ?? 30,
        ownerId: input.ownerId ?? ctx.actor.userId,
        notes: input.notes ?? null,
      },
      select: contractSelect,
    });
    const contract = presentContract(row);
    await recordAudit(ctx, {
      action: 'logistics.contract.created',
      recordType: 'logistics.contract',
      recordId: id,
      after: contract,
    });
    return contract;
  } catch (error) {
    if (isUniqueViolation(error)) throw numberTaken(input.number);
    throw error;
  }
}
