export * from './profitability.schema.js';
export { recordSnapshot } from './record-snapshot.js';
export { listSnapshots } from './list-snapshots.js';
export { valueTierOf, marginCents, type ValueTier } from './value-tier.js';
