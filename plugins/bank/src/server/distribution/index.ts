export * from './rule.schema.js';
export { listRules } from './list-rules.js';
export { createRule } from './create-rule.js';
export { updateRule } from './update-rule.js';
export { chooseManager, ruleMatches, type Assignment, type ClientFacts } from './choose-manager.js';
export { distributeClient } from './distribute-client.js';
