import { createPluginApi } from '@crm/ui';
import type { bankApi } from '../server/bank.router.js';

/** The bank router's type (types only: no server code reaches the browser). */
export type BankRouter = ReturnType<typeof bankApi>;

/** `plugins.bank` for this module's screens: `const api = useBankApi()`. */
export const bankWebApi = createPluginApi<BankRouter>('bank');
export const useBankApi = bankWebApi.use;
