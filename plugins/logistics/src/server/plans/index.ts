export * from './plan.schema.js';
export * from './plan-progress.js';
export { setPlan } from './set-plan.js';
export { planVsActual } from './plan-vs-actual.js';
export { countActivities } from './count-activities.js';
export { listPlanMembers, planMemberOutput, type PlanMember } from './list-plan-members.js';
