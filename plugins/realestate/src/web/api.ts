import { createPluginApi } from '@crm/ui';
import type { realestateApi } from '../server/realestate.router.js';

/** The real-estate router's type (types only: no server code reaches the browser). */
export type RealestateRouter = ReturnType<typeof realestateApi>;

/** `plugins.realestate` for this module's screens: `const api = useRealestateApi()`. */
export const realestateWebApi = createPluginApi<RealestateRouter>('realestate');
export const useRealestateApi = realestateWebApi.use;
