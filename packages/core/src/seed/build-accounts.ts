import type { Prisma } from '../generated/prisma/client.js';
import { newId } from '../ids.js';
import {
  foreignNameRoots,
  industries,
  russianLegalForms,
  russianNameRoots,
  segments,
  type IndustryData,
} from './data/companies.js';
import { foreignCities, russianRegions, type ForeignCity } from './data/regions.js';
import { daysBetween, latest } from './dates.js';
import { makeLegalEntityInn } from './inn.js';
import { pickSalesOwner, workingMoment, type SeedContext } from './seed-context.js';
import { transliterate } from './transliterate.js';

/** An account row and what the builders of its contacts, deals and activities need to know of it. */
export interface SeededAccount {
  row: Prisma.AccountCreateManyInput & { id: string; ownerId: string; createdAt: Date };
  /** Language of the customer: its people's names, deal titles and activity texts. */
  language: 'ru' | 'en';
  /** The name without the legal form, for deal titles: «Вектор-Логистик». */
  shortName: string;
  domain: string;
  /** Phone prefix of the customer's country, for its people's numbers. */
  phonePrefix: string;
  /** 0 small, 1 mid-sized, 2 large. */
  size: number;
}

// Demo addresses use the reserved .example domain (RFC 2606): nothing seeded points at a real site or
// mailbox, so a demo campaign or a click on a website can never reach a real company.
const DEMO_TLD = 'example';

export function buildAccounts(ctx: SeedContext, count: number): SeededAccount[] {
  const foreignCount = Math.max(1, Math.round(count * 0.15));
  const languages = ctx.random.shuffle(
    Array.from({ length: count }, (_, index): 'ru' | 'en' => (index < foreignCount ? 'en' : 'ru')),
  );
  const usedNames = new Set<string>();
  const usedInns = new Set<string>();
  return languages.map((language) =>
    language === 'ru' ? russianAccount(ctx, usedNames, usedInns) : foreignAccount(ctx, usedNames),
  );
}

/** A name not used yet: tries fresh combinations, then numbers the last one. */
function uniqueName(used: Set<string>, make: () => string): string {
  let name = make();
  for (let attempt = 0; used.has(name) && attempt < 30; attempt += 1) name = make();
  const base = name;
  for (let n = 2; used.has(name); n += 1) name = `${base} ${n}`;
  used.add(name);
  return name;
}

function commonFields(ctx: SeedContext, industry: IndustryData) {
  const { random } = ctx;
  const ownerId = pickSalesOwner(ctx);
  // Customers were entered long before their deals (at most 85 days old) and activities (60 days).
  const createdAt = workingMoment(ctx, -random.int(120, 540));
  const size = random.weighted(segments[ctx.locale].map(([, weight], index) => [index, weight] as const));
  const segment = segments[ctx.locale][size]?.[0] ?? segments[ctx.locale][0][0];
  return {
    tenantId: ctx.tenantId,
    id: newId(),
    industry: industry[ctx.locale],
    ownerId,
    createdById: ownerId,
    createdAt,
    updatedAt: latest(createdAt, workingMoment(ctx, -random.int(0, daysBetween(createdAt, ctx.now)))),
    size,
    segment,
  };
}

function creditLimit(ctx: SeedContext, size: number, currency: string) {
  const { random } = ctx;
  if (!random.chance(0.4)) return undefined;
  const rubles = [random.int(5, 20), random.int(20, 100), random.int(100, 500)][size] ?? 10;
  const amount = currency === 'RUB' ? rubles * 100_000 : rubles * 1_000;
  return { amount: amount.toFixed(2), currency };
}

function russianAccount(ctx: SeedContext, usedNames: Set<string>, usedInns: Set<string>): SeededAccount {
  const { random } = ctx;
  const industry = random.pick(industries);
  const shortName = uniqueName(usedNames, () => {
    const root = random.pick(russianNameRoots);
    const suffix = random.pick(industry.russianSuffixes);
    // Short endings fuse with the root («ГранитСтрой»), long ones take a hyphen («Вектор-Логистик»).
    return suffix.length <= 5 ? `${root}${suffix}` : `${root}-${suffix}`;
  });
  const region = random.weighted(russianRegions.map((r) => [r, r.weight] as const));
  let taxId = makeLegalEntityInn(random, region.innRegion);
  while (usedInns.has(taxId)) taxId = makeLegalEntityInn(random, region.innRegion);
  usedInns.add(taxId);
  const office = random.chance(0.6) ? `, офис ${random.int(101, 950)}` : `, стр. ${random.int(1, 9)}`;
  const domain = `${transliterate(shortName)}.${DEMO_TLD}`;
  const { size, segment, ...fields } = commonFields(ctx, industry);
  const limit = creditLimit(ctx, size, 'RUB');
  return {
    row: {
      ...fields,
      name: `${random.weighted(russianLegalForms)} «${shortName}»`,
      taxId,
      region: region[ctx.locale],
      address: `${random.pick(region.postcodes)}, г. ${region.ru}, ${random.pick(region.streets)}, д. ${random.int(1, 120)}${office}`,
      website: `https://${domain}`,
      phone: `+7 (${region.phoneCode}) ${random.int(200, 999)}-${random.digits(2)}-${random.digits(2)}`,
      customFields: { segment, ...(limit && { creditLimit: limit }) },
    },
    language: 'ru',
    shortName,
    domain,
    phonePrefix: '+7',
    size,
  };
}

function foreignAccount(ctx: SeedContext, usedNames: Set<string>): SeededAccount {
  const { random } = ctx;
  const industry = random.pick(industries);
  const city: ForeignCity = random.pick(foreignCities);
  const shortName = uniqueName(usedNames, () => `${random.pick(foreignNameRoots)} ${industry.foreignWord}`);
  const domain = `${shortName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.${DEMO_TLD}`;
  const { size, segment, ...fields } = commonFields(ctx, industry);
  const limit = creditLimit(ctx, size, random.pick(['EUR', 'USD']));
  return {
    row: {
      ...fields,
      name: `${shortName} ${city.legalForm}`,
      taxId: null,
      region: city.country[ctx.locale],
      address: `${random.pick(city.streets)} ${random.int(1, 200)}, ${city.postcode} ${city.city}, ${city.country.en}`,
      website: `https://${domain}`,
      phone: `${city.phonePrefix} ${random.digits(3)} ${random.digits(4)}`,
      customFields: { segment, ...(limit && { creditLimit: limit }) },
    },
    language: 'en',
    shortName,
    domain,
    phonePrefix: city.phonePrefix,
    size,
  };
}
