export * from './tokens.js';
export * from './principal.js';
export * from './session-policy.js';
export * from './resolve-principal.js';
export * from './load-actor.js';
export * from './actor-probe.js';
export * from './principal-resolver.js';
