import type { TextKey } from '../texts.js';
import type { VehicleStatus } from '../types.js';

/** The action that moves a vehicle from one status to another, as the dispatcher calls it. */
export function moveLabel(from: VehicleStatus, to: VehicleStatus): TextKey {
  if (to === 'reserved') return 'move.reserve';
  if (to === 'in_transit') return 'move.dispatch';
  if (to === 'blocked') return 'move.block';
  return from === 'blocked' ? 'move.unblock' : 'move.release';
}

export const statusColor: Record<VehicleStatus, string> = {
  free: 'teal.9',
  reserved: 'violet.8',
  in_transit: 'blue.8',
  blocked: 'red.9',
};
