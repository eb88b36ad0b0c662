import { createPluginApi } from '@crm/ui';
import type { __plugin__Api } from '../server/__plugin__.router.js';

/** The router's type only: no server code reaches the browser. */
export type __Plugin__Router = ReturnType<typeof __plugin__Api>;

/** `plugins.__plugin__` for this module's screens: `const api = use__Plugin__Api()`. */
export const __plugin__WebApi = createPluginApi<__Plugin__Router>('__plugin__');
export const use__Plugin__Api = __plugin__WebApi.use;
