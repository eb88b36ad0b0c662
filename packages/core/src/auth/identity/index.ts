export * from './identity.schema.js';
export * from './signup.js';
export * from './login.js';
export * from './logout.js';
export * from './describe-session.js';
export * from './switch-tenant.js';
export * from './change-password.js';
