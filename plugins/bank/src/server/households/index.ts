export * from './household.schema.js';
export { listHouseholds } from './list-households.js';
export { getHousehold } from './get-household.js';
export { createHousehold } from './create-household.js';
export { addHouseholdMember } from './add-household-member.js';
export { removeHouseholdMember } from './remove-household-member.js';
