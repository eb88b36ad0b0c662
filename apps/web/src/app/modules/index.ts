import bank from '@crm/plugin-bank/web';
import logistics from '@crm/plugin-logistics/web';
import realestate from '@crm/plugin-realestate/web';
import telecom from '@crm/plugin-telecom/web';
import { createWebModuleRegistry, installWebModule } from '@crm/ui';
import { trpc } from '../trpc.js';

/**
 * The web modules the app knows: each plugin's web half (`@crm/plugin-<id>/web`), installed with its
 * part of the app's tRPC proxy (the compiler checks it matches the router the module was written
 * against). Only the modules' definitions are here; their screens are lazy chunks, and the shell
 * shows a module's nav entries, screens and record tabs only while it is enabled for the tenant.
 */
export const webModules = createWebModuleRegistry([
  installWebModule(logistics, trpc.plugins.logistics),
  installWebModule(bank, trpc.plugins.bank),
  installWebModule(realestate, trpc.plugins.realestate),
  installWebModule(telecom, trpc.plugins.telecom),
]);
