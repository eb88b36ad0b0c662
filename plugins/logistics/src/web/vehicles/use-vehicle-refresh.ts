import { useQueryClient } from '@crm/ui';
import { useLogisticsApi } from '../api.js';

/** After a change: the fleet list, the vehicle and its history load again. */
export function useVehicleRefresh() {
  const api = useLogisticsApi();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: api.vehicles.pathKey() });
}
