import { useQueryClient } from '@crm/ui';
import { useLogisticsApi } from '../api.js';

/** After a change: shipments (and the vehicles they move) load again. */
export function useShipmentRefresh() {
  const api = useLogisticsApi();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: api.shipments.pathKey() }),
      queryClient.invalidateQueries({ queryKey: api.vehicles.pathKey() }),
    ]);
}
