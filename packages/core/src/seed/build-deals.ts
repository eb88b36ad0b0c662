import type { Prisma } from '../generated/prisma/client.js';
import { AppError } from '../errors/index.js';
import { newId } from '../ids.js';
import type { SeededAccount } from './build-accounts.js';
import { contactIdsByAccount, type SeededContact } from './build-contacts.js';
import { dealContactRoles, dealProducts, discountPercents, lostReasons, stageWeights } from './data/deals.js';
import { calendarDate, daysBetween, latest } from './dates.js';
import { workingMoment, type SeedContext } from './seed-context.js';

export interface PipelineStage {
  id: string;
  pipelineId: string;
  position: number;
  kind: string;
}

export interface SeededDeal {
  row: Prisma.DealCreateManyInput & {
    id: string;
    ownerId: string;
    createdAt: Date;
    closedAt: Date | null;
    currency: string;
  };
  accountIndex: number;
  contactIds: string[];
  open: boolean;
}

export interface SeededDeals {
  deals: SeededDeal[];
  dealContacts: Prisma.DealContactCreateManyInput[];
}

// Amounts by customer size: [min, max] in roubles; foreign deals are in EUR/USD at about 1:100.
const amountRanges = [
  [150_000, 1_500_000],
  [800_000, 6_000_000],
  [3_000_000, 25_000_000],
] as const;

function amountFor(ctx: SeedContext, size: number, currency: string): string {
  const [min, max] = amountRanges[size] ?? amountRanges[1];
  // Log-uniform: many modest deals, a few large ones.
  const rubles = Math.exp(Math.log(min) + ctx.random.next() * (Math.log(max) - Math.log(min)));
  const amount = currency === 'RUB' ? Math.round(rubles / 1000) * 1000 : Math.round(rubles / 100 / 100) * 100;
  return amount.toFixed(2);
}

/** Creation, stage change, expected close and close moments that fit the deal's stage. */
function timeline(ctx: SeedContext, stage: PipelineStage) {
  const { random, now } = ctx;
  if (stage.kind === 'open') {
    const createdAt = workingMoment(ctx, -random.int(3, 80));
    const stageChangedAt = latest(createdAt, workingMoment(ctx, -random.int(0, daysBetween(createdAt, now))));
    // Deals further down the pipeline are expected to close sooner.
    const horizon = Math.max(10, 90 - stage.position * 20);
    const expectedCloseDate = calendarDate(now, random.int(Math.max(1, horizon - 60), horizon));
    return { createdAt, stageChangedAt, expectedCloseDate, closedAt: null };
  }
  const age = random.int(20, 85);
  const createdAt = workingMoment(ctx, -age);
  // Closed within the last 60 days, so the work logged on the deal (before its close) falls in the
  // activity window of the demo (the last 60 days).
  const closedAt = workingMoment(ctx, -random.int(1, Math.min(60, age - 10)));
  const expectedCloseDate = calendarDate(now, -daysBetween(closedAt, now) + random.int(-7, 7));
  return { createdAt, stageChangedAt: closedAt, expectedCloseDate, closedAt };
}

/**
 * Deals over every stage of the pipeline (the first ones go one to each stage, so that every stage
 * has deals at any scale), each with an account, an owner and one or two of the account's contacts.
 */
export function buildDeals(
  ctx: SeedContext,
  accounts: SeededAccount[],
  contacts: SeededContact[],
  stages: PipelineStage[],
  count: number,
): SeededDeals {
  const { random } = ctx;
  if (stages.length === 0 || accounts.length === 0)
    throw new AppError('INTERNAL', 'Demo deals need stages and accounts');
  const contactsByAccount = contactIdsByAccount(contacts);
  const stageOdds = stages.map((stage) => [stage, stageWeights[stage.position] ?? 5] as const);
  const deals: SeededDeal[] = [];
  const dealContacts: Prisma.DealContactCreateManyInput[] = [];
  for (let index = 0; index < count; index += 1) {
    const stage = stages[index] ?? random.weighted(stageOdds);
    const accountIndex = random.int(0, accounts.length - 1);
    const account = accounts[accountIndex] ?? random.pick(accounts);
    const currency = account.language === 'ru' ? 'RUB' : random.pick(['EUR', 'USD']);
    const ownerId = random.chance(0.85) ? account.row.ownerId : ctx.userIds.manager;
    const { createdAt, stageChangedAt, expectedCloseDate, closedAt } = timeline(ctx, stage);
    const id = newId();
    const people = random.shuffle(contactsByAccount.get(accountIndex) ?? []).slice(0, random.int(1, 2));
    const roles = dealContactRoles[account.language];
    people.forEach((contactId, position) => {
      const role = position === 0 ? roles[0] : random.pick(roles.slice(1));
      dealContacts.push({ tenantId: ctx.tenantId, dealId: id, contactId, role: role ?? null });
    });
    deals.push({
      row: {
        tenantId: ctx.tenantId,
        id,
        title: `${random.pick(dealProducts[account.language])} — ${account.shortName}`,
        amount: amountFor(ctx, account.size, currency),
        currency,
        pipelineId: stage.pipelineId,
        stageId: stage.id,
        expectedCloseDate,
        ownerId,
        accountId: account.row.id,
        lostReason: stage.kind === 'lost' ? random.pick(lostReasons[account.language]) : null,
        closedAt,
        stageChangedAt,
        customFields: random.chance(0.55) ? { discountPercent: random.pick(discountPercents) } : {},
        createdById: ownerId,
        createdAt,
        updatedAt: stageChangedAt,
      },
      accountIndex,
      contactIds: people,
      open: stage.kind === 'open',
    });
  }
  return { deals, dealContacts };
}
