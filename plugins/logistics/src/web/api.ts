import { createPluginApi } from '@crm/ui';
import type { logisticsApi } from '../server/logistics.router.js';

/** The logistics router's type (types only: no server code reaches the browser). */
export type LogisticsRouter = ReturnType<typeof logisticsApi>;

/** `plugins.logistics` for this module's screens: `const api = useLogisticsApi()`. */
export const logisticsWebApi = createPluginApi<LogisticsRouter>('logistics');
export const useLogisticsApi = logisticsWebApi.use;
