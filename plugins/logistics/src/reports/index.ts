export { fleetStatusReport } from './fleet-status.report.js';
export { contractsExpiringReport } from './contracts-expiring.report.js';
export { planVsActualReport } from './plan-vs-actual.report.js';
