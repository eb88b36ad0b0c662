export * from './account.schema.js';
export * from './tax-id.js';
export * from './create-account.js';
export * from './get-account.js';
export * from './list-accounts.js';
export * from './list-account-contacts.js';
export * from './update-account.js';
export * from './delete-account.js';
