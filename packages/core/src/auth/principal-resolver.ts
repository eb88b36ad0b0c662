import type { Database } from '../db/database.js';
import { hashToken } from './tokens.js';
import type { Credentials, Principal } from './principal.js';
import { resolvePrincipal } from './resolve-principal.js';

export interface PrincipalResolver {
  /**
   * Who the credentials name. `fresh: false` may answer from a short-lived per-process cache: safe
   * because every tenant request re-checks the credential in its unit of work (actorProbeSql); on a
   * failed check the caller retries with `fresh: true`.
   */
  resolve(credentials: Credentials, options: { fresh: boolean }): Promise<Principal | null>;
  forget(credentials: Credentials): void;
}

const resolvers = new WeakMap<Database, PrincipalResolver>();

/** One resolver (and cache) per database, created on first use. */
export function principalResolverFor(
  database: Database,
  options = { ttlMs: 60_000, maxEntries: 10_000 },
): PrincipalResolver {
  const existing = resolvers.get(database);
  if (existing) return existing;
  // Keyed by the token's hash, never the token; only positive answers are kept.
  const cache = new Map<string, { principal: Principal; expiresAt: number }>();
  const keyOf = (credentials: Credentials) => `${credentials.kind}:${hashToken(credentials.token)}`;
  const resolver: PrincipalResolver = {
    async resolve(credentials, { fresh }) {
      const key = keyOf(credentials);
      const hit = cache.get(key);
      if (!fresh && hit && hit.expiresAt > Date.now()) return hit.principal;
      const principal = await resolvePrincipal(database, credentials);
      cache.delete(key);
      if (principal) {
        if (cache.size >= options.maxEntries) {
          const oldest = cache.keys().next().value;
          if (oldest !== undefined) cache.delete(oldest);
        }
        cache.set(key, { principal, expiresAt: Date.now() + options.ttlMs });
      }
      return principal;
    },
    forget(credentials) {
      cache.delete(keyOf(credentials));
    },
  };
  resolvers.set(database, resolver);
  return resolver;
}
