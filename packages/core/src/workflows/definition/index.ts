export * from './common.schema.js';
export * from './trigger.schema.js';
export * from './step.schema.js';
export * from './definition.schema.js';
export * from './step-types.js';
export { validateDefinition, expressionRoots, type DefinitionCheck } from './validate-definition.js';
export { definitionHash } from './definition-hash.js';
export { cronProblem, isKnownTimeZone } from './cron.js';
export { changeMatches, targetValuesHold, type ChangeSpec } from './change-match.js';
