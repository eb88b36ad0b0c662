import { hiddenFields } from '../authz/index.js';
import { Prisma } from '../generated/prisma/client.js';
import type { TenantContext } from '../records/context.js';
import type { SortSpec } from '../records/list-input.js';
import { isPhoneFragment, listOwnerIds, type ListMatcher } from '../search/list-search.js';
import { ownerScopeOf } from '../search/owner-scope.js';

const matchedFields = ['firstName', 'lastName', 'middleName', 'emails', 'phones'] as const;

const isCompleteEmail = (term: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(term);

export interface ContactListSearch {
  /** The `search=` term (trimmed). */
  term: string | null;
  /** The `email=` filter (lower-cased). */
  email: string | null;
  ownerId: string | undefined;
  deleted: boolean;
}

/**
 * The matches of the contact list's `search=` and `email=` (docs/decisions/search.md, "List
 * search"). The term matches, case-insensitively, a substring of the full name ("петр" finds
 * Петров; not when it holds an `@`), of an e-mail ("ivan@"; not when it holds a space) and, when
 * it looks like (part of) a phone number, the digits of a phone number ("900 123-45" finds
 * "+7 (900) 123-45-67"). A complete address as the term, and `email=`, match an e-mail exactly.
 * Fields hidden from the actor are never matched. Null when nothing can match.
 */
export function contactListMatcher(
  ctx: TenantContext,
  search: ContactListSearch,
  sort: SortSpec<string>,
): ListMatcher | null {
  const scope = ownerScopeOf(ctx.ability, 'read', 'Contact');
  if (scope.kind === 'none') return null;
  const ownerIds = listOwnerIds(scope, search.ownerId);
  if (ownerIds?.length === 0) return null;
  const hidden = hiddenFields(ctx.ability, 'Contact', matchedFields);
  // A complete address as the term is looked up exactly, like `email=` (a key, not a fragment).
  const termEmail = search.term !== null && isCompleteEmail(search.term) ? search.term.toLowerCase() : null;
  if (termEmail !== null && search.email !== null && termEmail !== search.email) return null;
  const email = termEmail ?? search.email;
  if (email !== null && hidden.has('emails')) return null;
  const term = termEmail === null ? search.term : null;
  const fields: string[] = [];
  if (term !== null) {
    const namesSeen = !hidden.has('firstName') && !hidden.has('lastName') && !hidden.has('middleName');
    if (namesSeen && !term.includes('@')) fields.push('name');
    if (!hidden.has('emails') && !/\s/.test(term)) fields.push('email');
    if (!hidden.has('phones') && isPhoneFragment(term)) fields.push('phone');
    if (fields.length === 0) return null;
  }
  return async ({ after, maxRows }) => {
    const rows = await ctx.db.$queryRaw<{ id: string }[]>(Prisma.sql`
      SELECT "id"::text AS "id" FROM crm_list_search_contacts(
        ${term}::text, ${email}::text, ${ownerIds}::uuid[], ${fields}::text[], ${search.deleted},
        ${sort.field}::text, ${sort.direction === 'desc'}, ${after?.value ?? null}::text,
        ${after?.id ?? null}::uuid, ${maxRows}::integer)`);
    return rows.map((row) => row.id);
  };
}
