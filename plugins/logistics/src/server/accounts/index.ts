export * from './account-profile.schema.js';
export { getAccountProfile } from './get-account-profile.js';
export { upsertAccountProfile } from './upsert-account-profile.js';
export { listAccountProfiles } from './list-account-profiles.js';
export {
  listAccountOptions,
  listAccountOptionsInput,
  accountOptionOutput,
  type AccountOption,
} from './list-account-options.js';
