import { createPluginRegistry } from '@crm/core';
import bank from '@crm/plugin-bank';
import logistics from '@crm/plugin-logistics';
import realestate from '@crm/plugin-realestate';
import telecom from '@crm/plugin-telecom';

/**
 * The installed plugins: the static, typed registry of this composition root (`pnpm create-plugin`
 * adds new ones here). Which of them a tenant uses is data (TenantPlugin), switched at run time.
 */
export const installedPlugins = [logistics, bank, realestate, telecom] as const;

export const installedPluginRegistry = createPluginRegistry(installedPlugins);
