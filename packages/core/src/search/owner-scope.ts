import type { Action, AppAbility, OwnedSubject } from '../authz/index.js';
import { AppError } from '../errors/index.js';

/**
 * The actor's scope on an owned subject as a set of owners, for SQL that cannot take the Prisma
 * filter of `accessibleWhere`: `all` (no owner condition), `owners` (records owned by one of these
 * users) or `none`. Read from the same CASL rules as `accessibleWhere`; conditions other than on
 * `ownerId` are refused (fail closed), never ignored. Callers still re-check the records they
 * return with `accessibleWhere`: this only narrows a candidate search.
 */
export type OwnerScope = { kind: 'all' } | { kind: 'owners'; ownerIds: string[] } | { kind: 'none' };

function ownerIdsOf(conditions: object): string[] {
  const entries = Object.entries(conditions);
  const [key, value] = entries[0] ?? [];
  if (entries.length === 1 && key === 'ownerId') {
    if (typeof value === 'string') return [value];
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const inner = Object.entries(value as Record<string, unknown>);
      const [op, list] = inner[0] ?? [];
      if (
        inner.length === 1 &&
        op === 'in' &&
        Array.isArray(list) &&
        list.every((id) => typeof id === 'string')
      ) {
        return list;
      }
    }
  }
  throw new AppError('INTERNAL', 'A permission rule cannot be applied to search');
}

export function ownerScopeOf(ability: AppAbility, action: Action, subject: OwnedSubject): OwnerScope {
  const owners = new Set<string>();
  let granted = false;
  for (const rule of ability.rulesFor(action, subject)) {
    if (rule.inverted) {
      if (rule.conditions) throw new AppError('INTERNAL', 'A permission rule cannot be applied to search');
      // An unconditional "cannot" overrides every rule of lower priority that follows.
      break;
    }
    if (!rule.conditions) return { kind: 'all' };
    granted = true;
    for (const id of ownerIdsOf(rule.conditions)) owners.add(id);
  }
  return granted ? { kind: 'owners', ownerIds: [...owners] } : { kind: 'none' };
}
