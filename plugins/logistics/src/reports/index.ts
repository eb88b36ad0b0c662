export { fleetStatusReport } from './fleet-status.report.js';
export { contractsExpiringReport } from './contracts-expiring.report.js';
