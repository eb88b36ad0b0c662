/**
 * The ids of the web modules enabled for the current tenant. Until the plugin platform's API exists
 * nothing is enabled; then this reads the tenant's enabled plugins (one query, cached with the session).
 */
const none: ReadonlySet<string> = new Set();

export function useEnabledModules(): ReadonlySet<string> {
  return none;
}
