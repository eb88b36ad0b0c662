import type { Prisma } from '../generated/prisma/client.js';
import { newId } from '../ids.js';
import type { SeededAccount } from './build-accounts.js';
import { contactIdsByAccount, type SeededContact } from './build-contacts.js';
import type { SeededDeal } from './build-deals.js';
import { activityTexts, type ActivityTexts } from './data/activities.js';
import {
  loggedInPast,
  plannedAhead,
  taskStateOdds,
  taskStates,
  taskTiming,
  type ActivityTiming,
  type TimeWindow,
} from './activity-timing.js';
import type { SeedContext } from './seed-context.js';

/** What an activity is about: a deal, an account, or a person not linked to a company. */
interface Anchor {
  accountId: string | null;
  dealId: string | null;
  contactIds: string[];
  ownerId: string;
  language: 'ru' | 'en';
  window: TimeWindow;
}

type ActivityType = 'call' | 'meeting' | 'task' | 'note' | 'email';

interface ActivityContent extends ActivityTiming {
  subject: string;
  body: string | null;
  outcome: string | null;
  durationMinutes: number | null;
  /** Someone other than the anchor's owner did it: support took the call, marketing sent the mailing. */
  ownerId?: string;
}

function anchorsOf(accounts: SeededAccount[], contacts: SeededContact[], deals: SeededDeal[]) {
  const byAccount = contactIdsByAccount(contacts);
  const anchors: (readonly [Anchor, number])[] = [];
  for (const contact of contacts) {
    if (contact.accountIndex !== null) continue;
    const { id, ownerId, createdAt } = contact.row;
    const window = { from: createdAt, to: null };
    const anchor = {
      accountId: null,
      dealId: null,
      contactIds: [id],
      ownerId,
      language: contact.language,
      window,
    };
    anchors.push([anchor, 0.3]);
  }
  accounts.forEach((account, index) => {
    const { id, ownerId, createdAt } = account.row;
    const contactIds = byAccount.get(index) ?? [];
    const window = { from: createdAt, to: null };
    anchors.push([
      { accountId: id, dealId: null, contactIds, ownerId, language: account.language, window },
      1,
    ]);
  });
  for (const deal of deals) {
    const account = accounts[deal.accountIndex];
    if (!account) continue;
    const contactIds =
      deal.contactIds.length > 0 ? deal.contactIds : (byAccount.get(deal.accountIndex) ?? []);
    const anchor = {
      accountId: account.row.id,
      dealId: deal.row.id,
      contactIds,
      ownerId: deal.row.ownerId,
      language: account.language,
      // Work on a closed deal happened between its creation and its close.
      window: { from: deal.row.createdAt, to: deal.row.closedAt ?? null },
    };
    anchors.push([anchor, deal.open ? 3 : 1.5]);
  }
  return anchors;
}

function call(ctx: SeedContext, texts: ActivityTexts, window: TimeWindow): ActivityContent {
  const { random } = ctx;
  if (window.to === null && random.chance(0.2)) {
    return {
      ...plannedAhead(ctx, window),
      subject: random.pick(texts.plannedCallSubjects),
      body: null,
      outcome: null,
      durationMinutes: null,
    };
  }
  const [outcome, , answered] = random.weighted(
    texts.callOutcomes.map((entry) => [entry, entry[1]] as const),
  );
  const support = random.chance(0.1);
  return {
    ...loggedInPast(ctx, window),
    subject: random.pick(support ? texts.supportSubjects : texts.callSubjects),
    body: answered && random.chance(0.5) ? random.pick(texts.callNotes) : null,
    outcome,
    durationMinutes: answered ? random.int(2, 35) : 0,
    ...(support && { ownerId: ctx.userIds.support }),
  };
}

function meeting(ctx: SeedContext, texts: ActivityTexts, window: TimeWindow): ActivityContent {
  const { random } = ctx;
  const past = window.to !== null || random.chance(0.65);
  return {
    ...(past ? loggedInPast(ctx, window) : plannedAhead(ctx, window)),
    subject: random.pick(texts.meetingSubjects),
    body: past && random.chance(0.6) ? random.pick(texts.meetingNotes) : null,
    outcome: null,
    durationMinutes: random.pick([30, 45, 60, 90, 120]),
  };
}

function email(
  ctx: SeedContext,
  texts: ActivityTexts,
  window: TimeWindow,
  hasContact: boolean,
): ActivityContent {
  const { random } = ctx;
  const campaign = hasContact && random.chance(0.15);
  const [subject, body] = campaign ? [random.pick(texts.campaignSubjects), null] : random.pick(texts.emails);
  return {
    ...loggedInPast(ctx, window),
    subject,
    body,
    outcome: null,
    durationMinutes: null,
    ...(campaign && { ownerId: ctx.userIds.marketer }),
  };
}

function content(ctx: SeedContext, type: ActivityType, anchor: Anchor, taskIndex: number): ActivityContent {
  const { random } = ctx;
  const { window } = anchor;
  const texts = activityTexts[anchor.language];
  const bare = { body: null, outcome: null, durationMinutes: null };
  switch (type) {
    case 'call':
      return call(ctx, texts, window);
    case 'meeting':
      return meeting(ctx, texts, window);
    case 'email':
      return email(ctx, texts, window, anchor.contactIds.length > 0);
    case 'note':
      return {
        ...loggedInPast(ctx, window, false),
        ...bare,
        subject: random.pick(texts.noteSubjects),
        body: random.pick(texts.noteBodies),
      };
    case 'task': {
      // The first tasks take each state in turn, so that overdue, today's and done tasks exist at any scale.
      // Tasks of a closed deal are all done.
      const state = window.to ? 'done' : (taskStates[taskIndex] ?? random.weighted(taskStateOdds));
      return { ...taskTiming(ctx, state, window), ...bare, subject: random.pick(texts.taskSubjects) };
    }
  }
}

const typeOdds: readonly (readonly [ActivityType, number])[] = [
  ['call', 30],
  ['email', 18],
  ['meeting', 14],
  ['task', 26],
  ['note', 12],
];

/** Calls, meetings, tasks, notes and e-mails of the last 60 and the next 14 days around the records. */
export function buildActivities(
  ctx: SeedContext,
  accounts: SeededAccount[],
  contacts: SeededContact[],
  deals: SeededDeal[],
  count: number,
): Prisma.ActivityCreateManyInput[] {
  const { random } = ctx;
  const anchors = anchorsOf(accounts, contacts, deals);
  let tasks = 0;
  return Array.from({ length: count }, (_, index) => {
    const type = index < typeOdds.length ? (typeOdds[index]?.[0] ?? 'task') : random.weighted(typeOdds);
    const anchor = random.weighted(anchors);
    const { ownerId, completedAt, createdAt, ...fields } = content(
      ctx,
      type,
      anchor,
      type === 'task' ? tasks++ : -1,
    );
    const owner = ownerId ?? anchor.ownerId;
    const contactId =
      anchor.contactIds.length > 0 && random.chance(0.85) ? random.pick(anchor.contactIds) : null;
    return {
      tenantId: ctx.tenantId,
      id: newId(),
      type,
      ...fields,
      completedAt,
      ownerId: owner,
      accountId: anchor.accountId,
      contactId,
      dealId: anchor.dealId,
      createdById: owner,
      createdAt,
      updatedAt: completedAt ?? createdAt,
    };
  });
}
