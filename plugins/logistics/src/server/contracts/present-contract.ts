import { AppError } from '@crm/core';
import type { Prisma } from '../../generated/prisma/client.js';
import {
  contractKinds,
  contractStatuses,
  type contractSelect,
  type ContractOutput,
} from './contract.schema.js';
import { renewalCountdown } from './renewal-countdown.js';

export type ContractRow = Prisma.LogisticsContractGetPayload<{ select: typeof contractSelect }>;

export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

function oneOf<T extends string>(values: readonly T[], value: string): T {
  const found = values.find((v) => v === value);
  if (!found) throw new AppError('INTERNAL', `Unexpected contract value ${value}`);
  return found;
}

export function presentContract(row: ContractRow): ContractOutput {
  const { noticeDeadline } = renewalCountdown(row, new Date());
  return {
    ...row,
    kind: oneOf(contractKinds, row.kind),
    status: oneOf(contractStatuses, row.status),
    startsOn: isoDay(row.startsOn),
    endsOn: isoDay(row.endsOn),
    noticeDeadline: isoDay(noticeDeadline),
  };
}
