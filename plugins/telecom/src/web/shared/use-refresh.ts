import { useQueryClient } from '@crm/ui';
import { useTelecomApi } from '../api.js';

/** After a change: every telecom query loads again (tickets move subscriptions, orders, churn...). */
export function useTelecomRefresh() {
  const api = useTelecomApi();
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [
        api.troubleTicket.pathKey(),
        api.product.pathKey(),
        api.productOrder.pathKey(),
        api.productOffering.pathKey(),
        api.recommendation.pathKey(),
        api.account.pathKey(),
      ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
}
