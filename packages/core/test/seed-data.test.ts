import { describe, expect, it } from 'vitest';
import { createAccountInput } from '../src/accounts/account.schema.js';
import { isValidInn } from '../src/accounts/tax-id.js';
import { createActivityInput } from '../src/activities/activity.schema.js';
import { createContactInput } from '../src/contacts/contact.schema.js';
import { createDealInput } from '../src/deals/deal.schema.js';
import { newId } from '../src/ids.js';
import { buildDemoData, demoCounts, type DemoDataInput } from '../src/seed/build-demo-data.js';
import { feminineSurname } from '../src/seed/data/people.js';
import { makeLegalEntityInn } from '../src/seed/inn.js';
import { createRandom } from '../src/seed/random.js';
import { transliterate } from '../src/seed/transliterate.js';

function demoInput(scale: number): DemoDataInput {
  const pipelineId = newId();
  const kinds = ['open', 'open', 'open', 'open', 'won', 'lost'];
  return {
    tenantId: newId(),
    locale: 'ru',
    scale,
    now: new Date('2026-03-16T09:30:00Z'),
    userIds: {
      admin: newId(),
      manager: newId(),
      rep1: newId(),
      rep2: newId(),
      support: newId(),
      marketer: newId(),
      viewer: newId(),
    },
    stages: kinds.map((kind, position) => ({ id: newId(), pipelineId, position, kind })),
  };
}

/** The data as JSON with every id replaced by its order of first appearance: equal when only ids differ. */
function withoutIds(value: unknown): string {
  const seen = new Map<string, string>();
  return JSON.stringify(value).replace(
    /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
    (id) => {
      if (!seen.has(id)) seen.set(id, `id${seen.size}`);
      return seen.get(id) ?? id;
    },
  );
}

describe('demo data', () => {
  it('comes out the same on every run', () => {
    const input = demoInput(1);
    const first = buildDemoData(input);
    const second = buildDemoData(input);
    expect(withoutIds(second)).toBe(withoutIds(first));
    expect(first.accounts[0]?.name).toBe(second.accounts[0]?.name);
  });

  it('scales its record counts and keeps every stage filled at small scales', () => {
    expect(demoCounts(1)).toEqual({ accounts: 40, contacts: 120, deals: 60, activities: 300 });
    expect(demoCounts(10)).toEqual({ accounts: 400, contacts: 1200, deals: 600, activities: 3000 });
    const input = demoInput(0.05);
    const data = buildDemoData(input);
    expect(data.deals).toHaveLength(6);
    expect(new Set(data.deals.map((deal) => deal.stageId))).toEqual(
      new Set(input.stages.map((stage) => stage.id)),
    );
    expect(data.accounts.length).toBeGreaterThanOrEqual(3);
    expect(data.contacts.length).toBeGreaterThanOrEqual(data.accounts.length);
  });

  it('builds unique account names, INNs and contact e-mails at scale 10', () => {
    const data = buildDemoData(demoInput(10));
    const names = data.accounts.map((account) => account.name);
    expect(new Set(names).size).toBe(names.length);
    const inns = data.accounts.flatMap((account) => (account.taxId ? [account.taxId] : []));
    expect(new Set(inns).size).toBe(inns.length);
    expect(inns.every(isValidInn)).toBe(true);
    const emails = data.contacts.flatMap((contact) => (Array.isArray(contact.emails) ? contact.emails : []));
    expect(new Set(emails).size).toBe(emails.length);
  });
});

/** A date column as the API takes it: an ISO date-time, or a plain date for `date` columns. */
function iso(value: Date | string | null | undefined, dateOnly = false): string | null {
  if (value === null || value === undefined) return null;
  const text = value instanceof Date ? value.toISOString() : value;
  return dateOnly ? text.slice(0, 10) : text;
}

function issuesOf(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return result.error?.issues.map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`) ?? [];
}

describe('demo records', () => {
  it('pass the create-input validation of their domains, so that the UI can edit them', () => {
    const data = buildDemoData(demoInput(2));
    const problems: string[] = [];
    for (const {
      name,
      taxId,
      industry,
      region,
      address,
      website,
      phone,
      ownerId,
      customFields,
    } of data.accounts) {
      const input = { name, taxId, industry, region, address, website, phone, ownerId, customFields };
      problems.push(...issuesOf(createAccountInput.safeParse(input)).map((p) => `account ${name}: ${p}`));
    }
    for (const {
      firstName,
      lastName,
      middleName,
      emails,
      phones,
      position,
      ownerId,
      customFields,
    } of data.contacts) {
      const input = { firstName, lastName, middleName, emails, phones, position, ownerId, customFields };
      problems.push(
        ...issuesOf(createContactInput.safeParse(input)).map((p) => `contact ${firstName}: ${p}`),
      );
    }
    for (const deal of data.deals) {
      const { title, amount, currency, pipelineId, stageId, ownerId, accountId, lostReason, customFields } =
        deal;
      const input = {
        title,
        amount,
        currency,
        pipelineId,
        stageId,
        ownerId,
        accountId,
        lostReason,
        customFields,
      };
      const result = createDealInput.safeParse({
        ...input,
        expectedCloseDate: iso(deal.expectedCloseDate, true),
      });
      problems.push(...issuesOf(result).map((p) => `deal ${title}: ${p}`));
    }
    for (const activity of data.activities) {
      const { type, subject, body, done, outcome, durationMinutes, ownerId, accountId, contactId, dealId } =
        activity;
      const input = {
        type,
        subject,
        body,
        done,
        outcome,
        durationMinutes,
        ownerId,
        accountId,
        contactId,
        dealId,
      };
      const result = createActivityInput.safeParse({
        ...input,
        dueAt: iso(activity.dueAt),
        occurredAt: iso(activity.occurredAt),
      });
      problems.push(...issuesOf(result).map((p) => `activity ${subject}: ${p}`));
    }
    expect(problems).toEqual([]);
  });
});

function time(value: Date | string | null | undefined): number {
  return value === null || value === undefined ? NaN : new Date(value).getTime();
}

describe('demo timelines', () => {
  it('never show work on a record before it was created, nor on a deal after it closed', () => {
    const input = demoInput(3);
    const data = buildDemoData(input);
    const created = new Map<string, number>();
    for (const row of [...data.accounts, ...data.contacts, ...data.deals])
      created.set(row.id, time(row.createdAt));
    const closed = new Map(data.deals.map((deal) => [deal.id, time(deal.closedAt)]));
    const since = (id: string | null | undefined) => (id ? (created.get(id) ?? NaN) : -Infinity);
    const problems: string[] = [];
    const check = (ok: boolean, what: string) => {
      if (!ok) problems.push(what);
    };
    for (const link of data.accountContacts)
      check(since(link.contactId) >= since(link.accountId), 'contact before account');
    for (const deal of data.deals) {
      check(time(deal.createdAt) >= since(deal.accountId), `deal ${deal.title} before its account`);
      if (deal.closedAt)
        check(time(deal.closedAt) > time(deal.createdAt), `deal ${deal.title} closed before created`);
    }
    for (const link of data.dealContacts)
      check(since(link.dealId) >= since(link.contactId), 'deal before its contact');
    const now = input.now.getTime();
    for (const activity of data.activities) {
      const name = `${activity.type} ${activity.subject}`;
      const createdAt = time(activity.createdAt);
      for (const id of [activity.accountId, activity.contactId, activity.dealId]) {
        check(createdAt >= since(id), `${name} created before its record`);
      }
      check(createdAt <= now, `${name} created in the future`);
      if (activity.completedAt) check(time(activity.completedAt) >= createdAt, `${name} done before created`);
      if (activity.completedAt) check(time(activity.completedAt) <= now, `${name} done in the future`);
      const dealClosed = activity.dealId ? closed.get(activity.dealId) : undefined;
      if (dealClosed !== undefined && !Number.isNaN(dealClosed)) {
        check(activity.done === true || activity.type === 'note', `${name} still open on a closed deal`);
        check(time(activity.occurredAt ?? activity.dueAt) <= dealClosed, `${name} after its deal closed`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('INN check digit', () => {
  it('accepts real INNs and rejects a wrong check digit', () => {
    // Published INNs of Sberbank, Gazprom and Yandex.
    for (const inn of ['7707083893', '7736050003', '7736207543']) expect(isValidInn(inn)).toBe(true);
    expect(isValidInn('7707083894')).toBe(false);
    expect(isValidInn('770708389')).toBe(false);
  });

  it('makes valid INNs of the given region', () => {
    const random = createRandom(7);
    for (let i = 0; i < 500; i += 1) {
      const inn = makeLegalEntityInn(random, '78');
      expect(inn.startsWith('78')).toBe(true);
      expect(isValidInn(inn)).toBe(true);
    }
  });
});

describe('names', () => {
  it('transliterates Russian names the way e-mail addresses spell them', () => {
    const cases: [string, string][] = [
      ['Щербаков', 'shcherbakov'],
      ['Юлия', 'yuliya'],
      ['Дмитрий', 'dmitriy'],
      ['Фёдорова', 'fedorova'],
      ['Наталья', 'natalya'],
      ['Хохлов', 'khokhlov'],
      ['Цветков', 'tsvetkov'],
      ['Чернышёв', 'chernyshev'],
      ['Жуков', 'zhukov'],
      ['Вектор-Логистик', 'vektor-logistik'],
      ['de Vries', 'devries'],
    ];
    for (const [cyrillic, latin] of cases) expect(transliterate(cyrillic)).toBe(latin);
  });

  it('gives surnames their feminine form', () => {
    expect(
      ['Козлов', 'Соловьёв', 'Ильин', 'Высоцкий', 'Вишневский', 'Шевченко', 'Черных'].map(feminineSurname),
    ).toEqual(['Козлова', 'Соловьёва', 'Ильина', 'Высоцкая', 'Вишневская', 'Шевченко', 'Черных']);
  });

  it('draws the same sequence from the same seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const draws = Array.from({ length: 20 }, () => a.int(1, 6));
    expect(Array.from({ length: 20 }, () => b.int(1, 6))).toEqual(draws);
    expect(draws.every((n) => n >= 1 && n <= 6)).toBe(true);
    expect(new Set(draws).size).toBeGreaterThan(3);
  });
});
