export { agentQualityReport } from './agent-quality.report.js';
export { listingsReport } from './listings.report.js';
