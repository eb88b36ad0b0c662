export { churnRiskInput, churnRiskOutput, getChurnRisk, type ChurnRiskOutput } from './churn-risk.js';
