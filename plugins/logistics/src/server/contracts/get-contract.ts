import { authorize } from '@crm/core';
import type { LogisticsContext } from '../../db.js';
import type { ContractOutput } from './contract.schema.js';
import { findContract } from './find-contract.js';

export async function getContract(ctx: LogisticsContext, id: string): Promise<ContractOutput> {
  authorize(ctx.ability, 'read', 'logistics.Contract');
  return findContract(ctx, id);
}
