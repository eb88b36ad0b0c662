export * from './tokens.js';
export * from './principal.js';
export * from './session-policy.js';
export * from './resolve-principal.js';
export * from './load-actor.js';
