import type { TRPCOptionsProxy } from '@trpc/tanstack-react-query';
import type { AnyTRPCRouter } from '@trpc/server';
import type { ReactNode } from 'react';
import type {
  PluginWebModule,
  SettingsLabels,
  WebNavItem,
  WebRecordTab,
  WebScreen,
  WebStepEditor,
} from './web-module.js';

/** A module as the app holds it: its API bound, the types of its router no longer needed. */
export interface InstalledWebModule {
  id: string;
  nav: readonly WebNavItem[];
  screens: readonly WebScreen[];
  recordTabs: readonly WebRecordTab[];
  settings: SettingsLabels;
  stepEditors: readonly WebStepEditor[];
  /** Wraps the module's screens and tabs: gives them their API. */
  Frame: (props: { children: ReactNode }) => ReactNode;
}

/**
 * Installs a module in the app with its part of the app's tRPC proxy (`trpc.plugins.<id>`). The
 * compiler checks that the proxy fits the router type the module was written against.
 */
export function installWebModule<TRouter extends AnyTRPCRouter>(
  module: PluginWebModule<TRouter>,
  proxy: TRPCOptionsProxy<TRouter>,
): InstalledWebModule {
  const { api } = module;
  return {
    id: module.id,
    nav: module.nav,
    screens: module.screens,
    recordTabs: module.recordTabs ?? [],
    settings: module.settings ?? {},
    stepEditors: module.stepEditors ?? [],
    Frame: ({ children }) => <api.Provider proxy={proxy}>{children}</api.Provider>,
  };
}
