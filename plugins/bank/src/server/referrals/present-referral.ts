import { asProductType } from '../shared/product-types.js';
import { asReferralStatus, referralMachine } from './referral-state-machine.js';
import type { ReferralOutput, ReferralRow } from './referral.schema.js';

export function presentReferral(row: ReferralRow): ReferralOutput {
  const status = asReferralStatus(row.status);
  return {
    ...row,
    productType: asProductType(row.productType),
    status,
    allowedTransitions: [...referralMachine.allowed(status)],
  };
}
