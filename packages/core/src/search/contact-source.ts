import { accessibleWhere, hiddenFields } from '../authz/index.js';
import { Prisma } from '../generated/prisma/client.js';
import type { TenantContext } from '../records/context.js';
import { ownerScopeOf } from './owner-scope.js';
import {
  joinParts,
  looksLikeEmail,
  looksLikePhone,
  MIN_FUZZY_LENGTH,
  ownerIdsArgument,
  weightsArgument,
} from './search-sql.js';
import type { SearchItem, SearchQuery, SearchSource } from './search.types.js';

const searchedFields = ['firstName', 'lastName', 'middleName', 'emails', 'phones', 'position'] as const;

const contactHitSelect = {
  id: true,
  firstName: true,
  lastName: true,
  middleName: true,
  emails: true,
  phones: true,
  position: true,
} satisfies Prisma.ContactSelect;

type ContactHit = Prisma.ContactGetPayload<{ select: typeof contactHitSelect }>;

async function searchContacts(ctx: TenantContext, query: SearchQuery): Promise<SearchItem[]> {
  const scope = ownerScopeOf(ctx.ability, 'read', 'Contact');
  if (scope.kind === 'none') return [];
  const hidden = hiddenFields(ctx.ability, 'Contact', searchedFields);
  const seen = (field: (typeof searchedFields)[number]) => !hidden.has(field);
  const namesSeen = seen('firstName') && seen('lastName') && seen('middleName');
  const weights = weightsArgument({ a: namesSeen, b: seen('emails') && seen('phones'), c: seen('position') });
  const isEmail = looksLikeEmail(query.text);
  const isPhone = looksLikePhone(query.text);
  // An e-mail or a phone number is looked up exactly; it is no misspelt name.
  const fuzzy = namesSeen && query.text.length >= MIN_FUZZY_LENGTH && !isEmail && !isPhone;
  const matchEmails = seen('emails') && isEmail;
  const matchPhones = seen('phones') && isPhone;
  const scored = await ctx.db.$queryRaw<{ id: string; score: number }[]>(Prisma.sql`
    SELECT "id"::text AS "id", "score" FROM crm_search_contacts(
      ${query.text}, ${ownerIdsArgument(scope)}::uuid[], ${weights}::text, ${fuzzy}, ${matchEmails}, ${matchPhones},
      ${query.limit}::integer)`);
  if (scored.length === 0) return [];
  const rows = await ctx.db.contact.findMany({
    where: {
      AND: [
        { tenantId: ctx.actor.tenantId, deletedAt: null, id: { in: scored.map((s) => s.id) } },
        accessibleWhere(ctx.ability, 'read', 'Contact'),
      ],
    },
    select: contactHitSelect,
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return scored.flatMap(({ id, score }) => {
    const row = byId.get(id);
    return row ? [present(row, score, seen)] : [];
  });
}

function present(
  row: ContactHit,
  score: number,
  seen: (field: (typeof searchedFields)[number]) => boolean,
): SearchItem {
  const show = <T>(field: (typeof searchedFields)[number], value: T): T | null =>
    seen(field) ? value : null;
  return {
    type: 'contact',
    id: row.id,
    title:
      joinParts(
        [
          show('lastName', row.lastName),
          show('firstName', row.firstName),
          show('middleName', row.middleName),
        ],
        ' ',
      ) ?? '',
    subtitle: joinParts([
      show('position', row.position),
      show('emails', row.emails[0]),
      show('phones', row.phones[0]),
    ]),
    score,
  };
}

export const contactSearchSource: SearchSource = { type: 'contact', search: searchContacts };
