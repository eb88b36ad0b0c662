export * from './handover.schema.js';
export { startHandover } from './start-handover.js';
export { closeHandover } from './close-handover.js';
export { getHandover } from './get-handover.js';
export { listHandovers } from './list-handovers.js';
export { listHandoverCandidates } from './list-handover-candidates.js';
