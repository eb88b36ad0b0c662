import { buildAbility, type Actor, type AppAbility } from './ability.js';

/**
 * Building a CASL ability costs more than the rest of a simple read, and the same few actors make
 * most requests. Abilities are memoised on everything they are built from (tenant, user, role
 * grants, team members), so a changed role or team yields a new key at once: the cache can never
 * answer with stale permissions. Bounded, least recently used out first.
 */
const MAX_ENTRIES = 5_000;
const cache = new Map<string, AppAbility>();
// The same actor object (as reused by the actor cache) skips even building the key.
const byActor = new WeakMap<Actor, AppAbility>();

function keyOf(actor: Actor): string {
  return `${actor.tenantId}|${actor.userId}|${actor.roleKey}|${JSON.stringify(actor.permissions)}|${actor.teamUserIds.join(',')}`;
}

export function abilityFor(actor: Actor): AppAbility {
  const known = byActor.get(actor);
  if (known) return known;
  const ability = abilityForKey(actor);
  byActor.set(actor, ability);
  return ability;
}

function abilityForKey(actor: Actor): AppAbility {
  const key = keyOf(actor);
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const ability = buildAbility(actor);
  if (cache.size >= MAX_ENTRIES) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(key, ability);
  return ability;
}
