export * from './provision-tenant.js';
