import type { TRPCOptionsProxy } from '@trpc/tanstack-react-query';
import type { AnyTRPCRouter } from '@trpc/server';
import { createContext, useContext, type ReactNode } from 'react';

/**
 * A plugin module's typed access to its own API (`plugins.<id>` of the app's tRPC router), for
 * TanStack Query: `useQuery(api.vehicles.list.queryOptions({}))`, `api.vehicles.pathKey()`.
 * The module creates it from its router type only (`import type`), so no server code ships; the app
 * supplies the real proxy when it installs the module, and the compiler checks there that it is the
 * `plugins.<id>` part of the app's router.
 */
export interface PluginApi<TRouter extends AnyTRPCRouter> {
  readonly pluginId: string;
  /** The module's API inside its screens and tabs. */
  use: () => TRPCOptionsProxy<TRouter>;
  /** Used by the app: makes `proxy` what `use()` returns below it. */
  Provider: (props: { proxy: TRPCOptionsProxy<TRouter>; children: ReactNode }) => ReactNode;
}

export function createPluginApi<TRouter extends AnyTRPCRouter>(pluginId: string): PluginApi<TRouter> {
  const Context = createContext<TRPCOptionsProxy<TRouter> | null>(null);
  return {
    pluginId,
    use: () => {
      const proxy = useContext(Context);
      if (!proxy) throw new Error(`The ${pluginId} module's API is used outside the app's module frame`);
      return proxy;
    },
    Provider: ({ proxy, children }) => <Context.Provider value={proxy}>{children}</Context.Provider>,
  };
}
