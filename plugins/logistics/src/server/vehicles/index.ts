export * from './vehicle.schema.js';
export * from './vehicle-state-machine.js';
export { createVehicle } from './create-vehicle.js';
export { updateVehicle } from './update-vehicle.js';
export { getVehicle } from './get-vehicle.js';
export { listVehicles } from './list-vehicles.js';
export { transitionVehicle } from './transition-vehicle.js';
export { vehicleHistory } from './vehicle-history.js';
export { releaseExpiredReservations } from './release-expired-reservations.js';
