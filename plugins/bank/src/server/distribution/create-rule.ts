import { AppError, authorize, newId, recordAudit } from '@crm/core';
import type { BankContext } from '../../db.js';
import { isUniqueViolation } from '../shared/unique-violation.js';
import { ruleReferences } from './rule-references.js';
import { presentRule, ruleSelect, type CreateRuleInput, type RuleOutput } from './rule.schema.js';

export const ruleNameTaken = () =>
  AppError.invalid([{ field: 'name', message: 'a rule with this name exists already' }]);

/** Adds a distribution rule (who gets which new clients). */
export async function createRule(ctx: BankContext, input: CreateRuleInput): Promise<RuleOutput> {
  authorize(ctx.ability, 'create', 'bank.DistributionRule');
  const { tierId } = await ruleReferences(ctx, input);
  try {
    const row = await ctx.bdb.bankDistributionRule.create({
      data: {
        tenantId: ctx.actor.tenantId,
        id: newId(),
        name: input.name,
        priority: input.priority,
        active: input.active,
        managerIds: input.managerIds,
        clientType: input.clientType ?? null,
        segment: input.segment ?? null,
        region: input.region ?? null,
        teamId: input.teamId ?? null,
        tierId: tierId ?? null,
      },
      select: ruleSelect,
    });
    const rule = presentRule(row);
    await recordAudit(ctx, {
      action: 'bank.rule.created',
      recordType: 'bank.rule',
      recordId: rule.id,
      after: rule,
    });
    return rule;
  } catch (error) {
    if (isUniqueViolation(error)) throw ruleNameTaken();
    throw error;
  }
}
