export * from './contact.schema.js';
export * from './create-contact.js';
export * from './get-contact.js';
export { readContactSql } from './read-contact.sql.js';
export * from './list-contacts.js';
export * from './update-contact.js';
export * from './delete-contact.js';
