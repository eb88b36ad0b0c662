export * from './match.schema.js';
export { matchScore } from './match-score.js';
export { matchProperty, matchRequirement } from './match-records.js';
export { runPendingMatching } from './run-pending-matching.js';
export { notifyNewMatches } from './notify-new-matches.js';
export { requirementMatches, propertyMatches } from './list-matches.js';
export { matchRequirementNow } from './match-now.js';
export { setMatchPreference } from './set-preference.js';
