import type { Prisma } from '../generated/prisma/client.js';
import { newId } from '../ids.js';
import type { SeededAccount } from './build-accounts.js';
import { contactSources } from './data/companies.js';
import {
  englishFirstNames,
  englishLastNames,
  englishPositions,
  feminineSurname,
  patronymics,
  russianFemaleNames,
  russianMaleNames,
  russianPositions,
  russianSurnames,
  type PositionData,
} from './data/people.js';
import { addMinutes, earliest } from './dates.js';
import { pickSalesOwner, type SeedContext } from './seed-context.js';
import { transliterate } from './transliterate.js';

export interface SeededContact {
  row: Prisma.ContactCreateManyInput & { id: string; ownerId: string; createdAt: Date };
  /** Index into the accounts, or null for a person not (yet) linked to a company. */
  accountIndex: number | null;
  language: 'ru' | 'en';
}

export interface SeededContacts {
  contacts: SeededContact[];
  accountContacts: Prisma.AccountContactCreateManyInput[];
}

interface Person {
  firstName: string;
  lastName: string;
  middleName: string | null;
}

function russianPerson(ctx: SeedContext): Person {
  const { random } = ctx;
  const female = random.chance(0.5);
  const [male, fem] = random.pick(patronymics);
  return female
    ? {
        firstName: random.pick(russianFemaleNames),
        lastName: feminineSurname(random.pick(russianSurnames)),
        middleName: fem,
      }
    : { firstName: random.pick(russianMaleNames), lastName: random.pick(russianSurnames), middleName: male };
}

function englishPerson(ctx: SeedContext): Person {
  return {
    firstName: ctx.random.pick(englishFirstNames),
    lastName: ctx.random.pick(englishLastNames),
    middleName: null,
  };
}

/** A work address the way companies build them: anna.smirnova@, a.smirnova@ or annasmirnova@. */
function workEmail(ctx: SeedContext, person: Person, domain: string, used: Set<string>): string {
  const first = transliterate(person.firstName);
  const last = transliterate(person.lastName);
  const local = ctx.random.weighted([
    [`${first}.${last}`, 55],
    [`${first.charAt(0)}.${last}`, 30],
    [`${first}${last}`, 15],
  ]);
  let email = `${local}@${domain}`;
  for (let n = 2; used.has(email); n += 1) email = `${local}${n}@${domain}`;
  used.add(email);
  return email;
}

function mobilePhone(ctx: SeedContext, prefix: string): string {
  const { random } = ctx;
  return prefix === '+7'
    ? `+7 (9${random.digits(2)}) ${random.int(200, 999)}-${random.digits(2)}-${random.digits(2)}`
    : `${prefix} ${random.int(200, 999)} ${random.digits(4)}`;
}

/** The first contact of each account is its primary one; the rest land at random; the last few nowhere. */
function accountIndexFor(ctx: SeedContext, index: number, linkedCount: number, accountCount: number) {
  if (index >= linkedCount || accountCount === 0) return null;
  return index < accountCount ? index : ctx.random.int(0, accountCount - 1);
}

/**
 * Mostly a name in the customer's language; some people at Russian companies have English names and
 * the other way round.
 */
function personOf(ctx: SeedContext, language: 'ru' | 'en'): Person {
  const sameLanguage = ctx.random.chance(0.93);
  const russianName = language === 'ru' ? sameLanguage : !sameLanguage;
  return russianName ? russianPerson(ctx) : englishPerson(ctx);
}

/**
 * Contacts spread over the accounts (each account gets at least one, its primary contact, a senior
 * person), a few not linked to any company, and the AccountContact links with each person's role.
 */
export function buildContacts(ctx: SeedContext, accounts: SeededAccount[], count: number): SeededContacts {
  const { random } = ctx;
  const unlinked = count >= 20 ? Math.round(count * 0.04) : 0;
  const usedEmails = new Set<string>();
  const contacts: SeededContact[] = [];
  const accountContacts: Prisma.AccountContactCreateManyInput[] = [];
  for (let index = 0; index < count; index += 1) {
    const accountIndex = accountIndexFor(ctx, index, count - unlinked, accounts.length);
    const account = accountIndex === null ? undefined : accounts[accountIndex];
    const primary = account !== undefined && index < accounts.length;
    const language = account?.language ?? 'ru';
    const person = personOf(ctx, language);
    const positions: readonly PositionData[] = language === 'ru' ? russianPositions : englishPositions;
    const position = random.pick(primary ? positions.filter((p) => p.senior) : positions);
    const ownerId = account?.row.ownerId ?? pickSalesOwner(ctx);
    // Within a month of their company, and before any deal or activity (those are at most 85 days old).
    const since = account?.row.createdAt ?? addMinutes(ctx.now, -random.int(120, 200) * 1440);
    const createdAt = earliest(addMinutes(since, random.int(0, 30 * 1440)), addMinutes(ctx.now, -90 * 1440));
    const id = newId();
    const emails = account && random.chance(0.92) ? [workEmail(ctx, person, account.domain, usedEmails)] : [];
    const source = random.chance(0.7) ? random.pick(contactSources[ctx.locale]) : undefined;
    contacts.push({
      row: {
        tenantId: ctx.tenantId,
        id,
        ...person,
        emails,
        phones:
          random.chance(0.75) || emails.length === 0 ? [mobilePhone(ctx, account?.phonePrefix ?? '+7')] : [],
        position: account ? position.position : null,
        ownerId,
        customFields: source === undefined ? {} : { source },
        createdById: ownerId,
        createdAt,
        updatedAt: createdAt,
      },
      accountIndex,
      language,
    });
    if (account) {
      accountContacts.push({
        tenantId: ctx.tenantId,
        accountId: account.row.id,
        contactId: id,
        role: position.role,
        isPrimary: primary,
        createdAt,
      });
    }
  }
  return { contacts, accountContacts };
}

/** Contact ids per account index, primary contact first. */
export function contactIdsByAccount(contacts: SeededContact[]): Map<number, string[]> {
  const byAccount = new Map<number, string[]>();
  for (const contact of contacts) {
    if (contact.accountIndex === null) continue;
    const ids = byAccount.get(contact.accountIndex) ?? [];
    ids.push(contact.row.id);
    byAccount.set(contact.accountIndex, ids);
  }
  return byAccount;
}
