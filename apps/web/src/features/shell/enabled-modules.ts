import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { trpc } from '../../app/trpc.js';

export interface EnabledModules {
  /** Ids of the plugins switched on for the tenant (empty while loading). */
  ids: ReadonlySet<string>;
  /** True until the first answer: a module URL must wait rather than say "not found". */
  pending: boolean;
}

/** The query of the tenant's enabled plugins; the Plugins page invalidates it after a switch. */
export const enabledPluginsQuery = () => ({
  ...trpc.tenantPlugins.enabled.queryOptions({}),
  staleTime: 60_000,
  refetchOnWindowFocus: true,
});

/**
 * The web modules enabled for the current tenant, read from the API (`tenantPlugins.enabled`, any
 * member). Cached with the session's queries; switching a plugin on or off refreshes it, so nav
 * entries, module screens and record tabs appear and disappear without a reload.
 */
export function useEnabledModules(): EnabledModules {
  const query = useQuery(enabledPluginsQuery());
  const items = query.data?.items;
  const ids = useMemo(() => new Set(items?.map((item) => item.id)), [items]);
  return { ids, pending: query.isPending };
}
