import { authorize } from '@crm/core';
import type { BankContext } from '../../db.js';
import { presentRule, ruleSelect, type RuleOutput } from './rule.schema.js';

/** The distribution rules in the order they apply. */
export async function listRules(ctx: BankContext): Promise<{ items: RuleOutput[] }> {
  authorize(ctx.ability, 'read', 'bank.DistributionRule');
  const rows = await ctx.bdb.bankDistributionRule.findMany({
    where: { tenantId: ctx.actor.tenantId },
    orderBy: [{ priority: 'asc' }, { id: 'asc' }],
    select: ruleSelect,
  });
  return { items: rows.map(presentRule) };
}
