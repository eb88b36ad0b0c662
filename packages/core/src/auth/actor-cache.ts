import type { Database } from '../db/database.js';
import { unitConnection, type ProbeRows } from '../db/unit-of-work.js';
import { actorFromProbe, actorProbeSql, epochOf, type ProbedActor } from './actor-probe.js';
import type { Principal } from './principal.js';
import { sessionPolicy } from './session-policy.js';

/** RLS limits it to the unit's tenant: one primary-key row. */
const EPOCH_SQL = 'SELECT "epoch" FROM "AuthEpoch"';

export interface ActorCheck {
  /** The query for the unit's opening round trip: the epoch alone when a cached actor may still hold. */
  readonly probe: string;
  /**
   * The actor from the opening's rows, inside the unit: the cached one when the tenant's epoch has not
   * moved, else the full probe's answer (run now if the opening carried only the epoch). Null when the
   * principal may not act in the tenant.
   */
  resolve(rows: ProbeRows): Promise<ProbedActor | null>;
  /** The session was marked as used at `at` in this unit. */
  touched(at: Date): void;
}

export interface ActorCache {
  check(principal: Principal, tenantId: string): ActorCheck;
}

/**
 * Actors built by the probe, kept per process while their tenant's authorization epoch stands still
 * (migration 010: triggers bump it on every change of memberships, roles, teams, keys, sessions, users
 * disabled and custom field definitions). A request then checks its caller with one primary-key read in
 * the round trip that opens its transaction, instead of the probe's joins; revocations still apply to
 * the very next request. Session timeouts are checked here from the cached times; when they might have
 * passed, the probe decides.
 */
export function createActorCache(options = { maxEntries: 10_000 }): ActorCache {
  const entries = new Map<string, ProbedActor>();

  const usable = (probed: ProbedActor | undefined, principal: Principal): probed is ProbedActor => {
    if (!probed?.epoch) return false;
    if (principal.kind !== 'session') return true;
    const now = Date.now();
    const { sessionLastSeenAt: lastSeen, sessionExpiresAt: expires } = probed;
    return (
      lastSeen !== null &&
      expires !== null &&
      expires.getTime() > now &&
      now - lastSeen.getTime() < sessionPolicy.idleTimeoutMs
    );
  };

  const remember = (key: string, probed: ProbedActor | null) => {
    entries.delete(key);
    if (!probed?.epoch) return;
    if (entries.size >= options.maxEntries) {
      const oldest = entries.keys().next().value;
      if (oldest !== undefined) entries.delete(oldest);
    }
    entries.set(key, probed);
  };

  return {
    check(principal, tenantId) {
      const credential = principal.kind === 'session' ? principal.sessionId : principal.apiKeyId;
      const key = `${principal.kind}:${credential}:${principal.userId}:${tenantId}`;
      const hit = entries.get(key);
      const cached = usable(hit, principal) ? hit : undefined;
      const fullProbe = actorProbeSql(principal, tenantId);
      return {
        probe: cached ? EPOCH_SQL : fullProbe,
        async resolve(rows) {
          if (cached) {
            if (epochOf(rows[0]) === cached.epoch) return cached;
            rows = (await unitConnection().query<Record<string, unknown>>(fullProbe)).rows;
          }
          const probed = actorFromProbe(rows, principal, tenantId);
          remember(key, probed);
          return probed;
        },
        touched(at) {
          const entry = entries.get(key);
          if (entry) entries.set(key, { ...entry, sessionLastSeenAt: at });
        },
      };
    },
  };
}

const caches = new WeakMap<Database, ActorCache>();

/** One actor cache per database, created on first use. */
export function actorCacheFor(database: Database): ActorCache {
  let cache = caches.get(database);
  if (!cache) {
    cache = createActorCache();
    caches.set(database, cache);
  }
  return cache;
}
