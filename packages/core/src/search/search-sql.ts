import type { OwnerScope } from './owner-scope.js';

/** The `owner_ids` argument of the search functions: NULL for every owner. */
export function ownerIdsArgument(scope: Exclude<OwnerScope, { kind: 'none' }>): string[] | null {
  return scope.kind === 'all' ? null : scope.ownerIds;
}

/**
 * The `weights` argument of the search functions: the tsvector weights whose fields are all visible
 * to the actor (NULL when every weight is), so a hidden field is never matched on.
 */
export function weightsArgument(visibleByWeight: Record<'a' | 'b' | 'c', boolean>): string | null {
  const visible = (['a', 'b', 'c'] as const).filter((weight) => visibleByWeight[weight]);
  return visible.length === 3 ? null : visible.join('');
}

const phoneLike = /^\+?[\d\s()\-.]{5,40}$/;

/** Whether the text may be a phone number (worth an exact lookup). */
export function looksLikePhone(text: string): boolean {
  return phoneLike.test(text) && /\d{3}/.test(text.replace(/\D/g, ''));
}

/** Whether the text may be an e-mail address (worth an exact lookup). */
export function looksLikeEmail(text: string): boolean {
  return /^[^\s@]+@[^\s@]+$/.test(text);
}

/** Trigram matching needs a few characters: shorter text would match most of a tenant. */
export const MIN_FUZZY_LENGTH = 3;

/** `parts` without empty ones, joined; null when nothing is left. */
export function joinParts(parts: (string | null | undefined)[], separator = ' · '): string | null {
  const kept = parts.map((part) => part?.trim()).filter((part): part is string => Boolean(part));
  return kept.length > 0 ? kept.join(separator) : null;
}
