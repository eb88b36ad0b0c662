export * from './shipment.schema.js';
export * from './shipment-state-machine.js';
export { createShipment } from './create-shipment.js';
export { getShipment } from './get-shipment.js';
export { listShipments } from './list-shipments.js';
export { transitionShipment } from './transition-shipment.js';
export { recordStop } from './record-stop.js';
export { shipmentHistory } from './shipment-history.js';
export { findShipment } from './find-shipment.js';
