export * from './plan.schema.js';
export { listPlans } from './list-plans.js';
export { getPlan } from './get-plan.js';
export { createPlan } from './create-plan.js';
export { updatePlan } from './update-plan.js';
export { assignPlan } from './assign-plan.js';
export { nextContactDue, daysOverdue } from './cadence.js';
