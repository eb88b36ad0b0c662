export * from './requirement.schema.js';
export * from './requirement-state-machine.js';
export { createRequirement } from './create-requirement.js';
export { updateRequirement } from './update-requirement.js';
export { transitionRequirement } from './transition-requirement.js';
export { getRequirement } from './get-requirement.js';
export { listRequirements } from './list-requirements.js';
