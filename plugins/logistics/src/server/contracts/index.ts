export * from './contract.schema.js';
export * from './renewal-countdown.js';
export { createContract } from './create-contract.js';
export { updateContract } from './update-contract.js';
export { getContract } from './get-contract.js';
export { listContracts } from './list-contracts.js';
export { contractsToRenew } from './contracts-to-renew.js';
