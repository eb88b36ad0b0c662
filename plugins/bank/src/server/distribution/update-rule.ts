import { AppError, authorize, recordAudit } from '@crm/core';
import type { BankContext } from '../../db.js';
import { isUniqueViolation } from '../shared/unique-violation.js';
import { ruleNameTaken } from './create-rule.js';
import { ruleReferences } from './rule-references.js';
import { presentRule, ruleSelect, type RuleOutput, type UpdateRuleInput } from './rule.schema.js';

async function findRule(ctx: BankContext, id: string): Promise<RuleOutput> {
  const row = await ctx.bdb.bankDistributionRule.findFirst({
    where: { tenantId: ctx.actor.tenantId, id },
    select: ruleSelect,
  });
  if (!row) throw AppError.notFound('Distribution rule');
  return presentRule(row);
}

/** Changes a distribution rule; clients already assigned stay where they are. */
export async function updateRule(ctx: BankContext, input: UpdateRuleInput): Promise<RuleOutput> {
  authorize(ctx.ability, 'update', 'bank.DistributionRule');
  const before = await findRule(ctx, input.id);
  const { id, expectedVersion, tierKey, ...changes } = input;
  const references = await ruleReferences(ctx, {
    tierKey,
    teamId: changes.teamId,
    managerIds: changes.managerIds,
  });
  try {
    const updated = await ctx.bdb.bankDistributionRule.updateMany({
      where: { tenantId: ctx.actor.tenantId, id, version: expectedVersion ?? before.version },
      data: { ...changes, ...references },
    });
    if (updated.count === 0) throw AppError.conflict('The rule was changed meanwhile; reload it and retry');
  } catch (error) {
    if (isUniqueViolation(error)) throw ruleNameTaken();
    throw error;
  }
  const after = await findRule(ctx, id);
  await recordAudit(ctx, {
    action: 'bank.rule.updated',
    recordType: 'bank.rule',
    recordId: id,
    before,
    after,
  });
  return after;
}
