import { buildAbility, type Actor, type AppAbility, type RuleContributor } from './ability.js';

/**
 * Building a CASL ability costs more than the rest of a simple read, and the same few actors make
 * most requests. Abilities are memoised on everything they are built from (tenant, user, role
 * grants, team members), so a changed role or team yields a new key at once: the cache can never
 * answer with stale permissions. Bounded, least recently used out first.
 */
const MAX_ENTRIES = 5_000;
// One cache per set of rule contributors (the installed plugins: one set per process in practice).
const caches = new WeakMap<readonly RuleContributor[], Map<string, AppAbility>>();
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
    cache = new Map();
    caches.set(contributors, cache);
  }
  const key = keyOf(actor);
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const ability = buildAbility(actor, contributors);
  if (cache.size >= MAX_ENTRIES) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(key, ability);
  return ability;
}
