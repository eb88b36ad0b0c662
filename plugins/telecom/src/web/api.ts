import { createPluginApi } from '@crm/ui';
import type { telecomApi } from '../server/telecom.router.js';

/** The telecom router's type (types only: no server code reaches the browser). */
export type TelecomRouter = ReturnType<typeof telecomApi>;

/** `plugins.telecom` for this module's screens: `const api = useTelecomApi()`. */
export const telecomWebApi = createPluginApi<TelecomRouter>('telecom');
export const useTelecomApi = telecomWebApi.use;
