import { authorize, newId, recordAudit } from '@crm/core';
import type { BankContext } from '../../db.js';
import { tierSelect, type SaveTierInput, type TierOutput } from './tier.schema.js';

/** Creates or changes a service tier by its key (admins: it changes every client's cadence). */
export async function saveTier(ctx: BankContext, input: SaveTierInput): Promise<TierOutput> {
  authorize(ctx.ability, 'manage', 'bank.Client');
  const tenantId = ctx.actor.tenantId;
  const before = await ctx.bdb.bankTier.findFirst({
    where: { tenantId, key: input.key },
    select: tierSelect,
  });
  const data = { ...input, meetingIntervalDays: input.meetingIntervalDays ?? null };
  const tier = await ctx.bdb.bankTier.upsert({
    where: { tenantId_key: { tenantId, key: input.key } },
    create: { tenantId, id: newId(), ...data },
    update: data,
    select: tierSelect,
  });
  await recordAudit(ctx, {
    action: before ? 'bank.tier.updated' : 'bank.tier.created',
    recordType: 'bank.tier',
    recordId: tier.id,
    before: before ?? undefined,
    after: tier,
  });
  return tier;
}
