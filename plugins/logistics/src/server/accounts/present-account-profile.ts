import type { Prisma } from '../../generated/prisma/client.js';
import {
  growthPotentials,
  type accountProfileSelect,
  type AccountProfileOutput,
} from './account-profile.schema.js';

type ProfileRow = Prisma.LogisticsAccountProfileGetPayload<{ select: typeof accountProfileSelect }>;

export function presentAccountProfile(row: ProfileRow, accountName: string): AccountProfileOutput {
  return {
    ...row,
    accountName,
    monthlyTonnes: row.monthlyTonnes === null ? null : Number(row.monthlyTonnes),
    growthGapLoads:
      row.monthlyLoads !== null && row.potentialLoads !== null ? row.potentialLoads - row.monthlyLoads : null,
    growthPotential: growthPotentials.find((g) => g === row.growthPotential) ?? null,
  };
}
