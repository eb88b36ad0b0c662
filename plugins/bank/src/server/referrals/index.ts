export * from './referral.schema.js';
export { referralMachine, referralStatuses, type ReferralStatus } from './referral-state-machine.js';
export { listReferrals } from './list-referrals.js';
export { createReferral } from './create-referral.js';
export { transitionReferral } from './transition-referral.js';
export { referralHistory } from './referral-history.js';
