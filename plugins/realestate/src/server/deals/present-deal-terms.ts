import { hiddenFields, type AppAbility } from '@crm/core';
import type { Prisma } from '../../generated/prisma/client.js';
import { restrictedDealFields } from '../../authz.js';
import type { DealTermsOutput, dealTermsSelect } from './deal.schema.js';

export type DealTermsRow = Prisma.RealestateDealGetPayload<{ select: typeof dealTermsSelect }>;
export interface CoreDealFacts {
  title: string;
  ownerId: string | null;
  stage: { kind: string };
}

/**
 * The deal's terms as the actor may see them: the real price and the gap derived from it are left
 * out for roles the field-level rule hides them from (CASL `hideFields`, decided in authz.ts).
 */
export function presentDealTerms(
  ability: AppAbility,
  row: DealTermsRow,
  deal: CoreDealFacts,
): DealTermsOutput {
  const { property, realPrice, ...terms } = row;
  const contractPrice = Number(terms.contractPrice);
  const output: DealTermsOutput = {
    ...terms,
    ...property,
    title: deal.title,
    ownerId: deal.ownerId,
    status: deal.stage.kind,
    contractPrice,
  };
  if (!hiddenFields(ability, 'realestate.Deal', restrictedDealFields).has('realPrice')) {
    output.realPrice = realPrice === null ? null : Number(realPrice);
    output.priceGap = realPrice === null ? null : Number(realPrice) - contractPrice;
  }
  return output;
}
