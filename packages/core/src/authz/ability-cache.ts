import { buildAbility, type Actor, type AppAbility, type RuleContributor } from './ability.js';

/**
 * Building a CASL ability costs more than the rest of a simple read, and the same few actors make
 * most requests. Abilities are memoised on everything they are built from (tenant, user, role
 * grants, team members, and the plugins' rule contributors), so a changed role or team yields a new
 * key at once: the cache can never answer with stale permissions. Bounded, least recently used out first.
 */
const MAX_ENTRIES = 5_000;

interface AbilityCache {
  byKey: Map<string, AppAbility>;
  // The same actor object (as reused by the actor cache) skips even building the key.
  byActor: WeakMap<Actor, AppAbility>;
}

// One cache per set of rule contributors (the installed plugins: one set per process in practice).
const caches = new WeakMap<readonly RuleContributor[], AbilityCache>();
const noContributors: readonly RuleContributor[] = [];

function keyOf(actor: Actor): string {
  return `${actor.tenantId}|${actor.userId}|${actor.roleKey}|${JSON.stringify(actor.permissions)}|${actor.teamUserIds.join(',')}`;
}

export function abilityFor(
  actor: Actor,
  contributors: readonly RuleContributor[] = noContributors,
): AppAbility {
  let cache = caches.get(contributors);
  if (!cache) {
    cache = { byKey: new Map(), byActor: new WeakMap() };
    caches.set(contributors, cache);
  }
  const known = cache.byActor.get(actor);
  if (known) return known;
  const ability = abilityForKey(cache.byKey, actor, contributors);
  cache.byActor.set(actor, ability);
  return ability;
}

function abilityForKey(
  byKey: Map<string, AppAbility>,
  actor: Actor,
  contributors: readonly RuleContributor[],
): AppAbility {
  const key = keyOf(actor);
  const hit = byKey.get(key);
  if (hit) {
    byKey.delete(key);
    byKey.set(key, hit);
    return hit;
  }
  const ability = buildAbility(actor, contributors);
  if (byKey.size >= MAX_ENTRIES) {
    const oldest = byKey.keys().next().value;
    if (oldest !== undefined) byKey.delete(oldest);
  }
  byKey.set(key, ability);
  return ability;
}
