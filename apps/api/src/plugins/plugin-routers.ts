import type { AnyPlugin, PluginRegistry } from '@crm/core';
import type { AnyRouter } from '@trpc/server';
import { router } from '../trpc/init.js';
import { pluginApiKit, type PluginApiKit } from './plugin-api-kit.js';

type RouterOf<P> = P extends { api?(kit: PluginApiKit): infer R } ? (R extends AnyRouter ? R : never) : never;

/** `plugins.<id>`: each installed plugin's router, typed from the static registry. */
export type PluginRouterRecord<P extends readonly AnyPlugin[]> = {
  [K in P[number] as RouterOf<K> extends never ? never : K['id']]: RouterOf<K>;
};

function isRouter(value: unknown): value is AnyRouter {
  return typeof value === 'object' && value !== null && '_def' in value;
}

/** Builds every plugin's router from the kit (its `pluginProcedure`) and mounts it under its id. */
export function buildPluginRouters<P extends readonly AnyPlugin[]>(registry: PluginRegistry<P>) {
  const entries: [string, AnyRouter][] = [];
  for (const plugin of registry.plugins) {
    // Methods are bivariant: every plugin is a { api?(kit: PluginApiKit) } (checked for real by RouterOf).
    const withApi: { api?(kit: PluginApiKit): unknown } = plugin;
    const built: unknown = withApi.api?.(pluginApiKit(plugin.id));
    if (built === undefined) continue;
    if (!isRouter(built)) throw new Error(`Plugin ${plugin.id}: api(kit) must return kit.router({...})`);
    entries.push([plugin.id, built]);
  }
  // The record's static type comes from the registry's plugin types (RouterOf); the values were
  // built from the very same plugins above.
  return router(Object.fromEntries(entries) as PluginRouterRecord<P>);
}
