import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needsRehash, verifyPassword } from '../src/auth/passwords.js';
import { systemRoleKeys } from '../src/authz/permissions.js';
import { loadCustomFieldDefinitions, validateCustomFields } from '../src/custom-fields/index.js';
import type { Database } from '../src/db/database.js';
import { newId } from '../src/ids.js';
import { seedDemoTenant, type SeededDemoTenant } from '../src/seed/index.js';
import { createTestDatabase, type TestDatabase } from '../src/testing/test-database.js';

const password = 'demo-pass-2026';
const DAY = 86_400_000;
let t: TestDatabase;
let demo: SeededDemoTenant;

// Written out again here rather than imported, so that a wrong checksum in the seed cannot pass.
function innChecksumHolds(inn: string): boolean {
  const digits = Array.from({ length: inn.length }, (_, i) => Number(inn.charAt(i)));
  const sum = [2, 4, 10, 3, 5, 9, 4, 6, 8].reduce(
    (total, weight, i) => total + weight * (digits[i] ?? NaN),
    0,
  );
  return inn.length === 10 && (sum % 11) % 10 === digits[9];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function countRows(database: Database, tenantId: string) {
  const tenantRows = await database.withTenant(tenantId, async (db) => ({
    memberships: await db.membership.count(),
    teams: await db.team.count(),
    teamMembers: await db.teamMember.count(),
    accounts: await db.account.count(),
    contacts: await db.contact.count(),
    accountContacts: await db.accountContact.count(),
    deals: await db.deal.count(),
    dealContacts: await db.dealContact.count(),
    activities: await db.activity.count(),
    customFields: await db.customFieldDefinition.count(),
    tags: await db.tag.count(),
    recordTags: await db.recordTag.count(),
    auditLog: await db.auditLog.count(),
  }));
  const platform = await database.withPlatform(async (db) => ({
    users: await db.user.count(),
    tenants: await db.tenant.count(),
  }));
  return { ...tenantRows, ...platform };
}

beforeAll(async () => {
  t = await createTestDatabase();
  demo = await seedDemoTenant(t.db, { password });
});
afterAll(async () => t.drop());

describe('seedDemoTenant', () => {
  it('creates the demo workspace with the expected counts', async () => {
    expect(demo.created).toBe(true);
    const tenant = await t.db.withPlatform((db) =>
      db.tenant.findUniqueOrThrow({ where: { id: demo.tenantId } }),
    );
    expect(tenant).toMatchObject({ name: 'Демо: ООО «Северный ветер»', slug: 'demo', locale: 'ru' });
    const counts = await countRows(t.db, demo.tenantId);
    expect(counts).toMatchObject({
      users: 7,
      memberships: 7,
      teams: 1,
      teamMembers: 3,
      accounts: 40,
      contacts: 120,
      deals: 60,
      activities: 300,
      customFields: 4,
      tags: 3,
      auditLog: 40 + 120 + 60 + 300,
    });
    // ~4% of contacts are not linked to a company; deals have one or two contacts each.
    expect(counts.accountContacts).toBe(115);
    expect(counts.dealContacts).toBeGreaterThanOrEqual(60);
    expect(counts.recordTags).toBeGreaterThan(10);
  });

  it('has one user per system role who signs in with the given password', async () => {
    expect(demo.logins.map((login) => login.role).sort()).toEqual(
      ['admin', 'marketer', 'sales_manager', 'sales_rep', 'sales_rep', 'support_agent', 'viewer'].sort(),
    );
    for (const role of systemRoleKeys) expect(demo.logins.some((login) => login.role === role)).toBe(true);
    const members = await t.db.withTenant(demo.tenantId, (db) =>
      db.membership.findMany({ select: { role: { select: { key: true } }, user: true } }),
    );
    for (const login of demo.logins) {
      expect(login.email).toMatch(/^[a-z0-9.]+@demo\.crm\.local$/);
      expect(login.password).toBe(password);
      const member = members.find((m) => m.user.email === login.email);
      expect(member?.role.key).toBe(login.role);
      const hash = member?.user.passwordHash ?? '';
      expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      expect(needsRehash(hash)).toBe(false);
      expect(await verifyPassword(hash, password)).toBe(true);
      expect(await verifyPassword(hash, `${password}!`)).toBe(false);
    }
    const team = await t.db.withTenant(demo.tenantId, (db) =>
      db.team.findFirstOrThrow({
        select: {
          name: true,
          members: { select: { isManager: true, membership: { select: { role: true } } } },
        },
      }),
    );
    expect(team.name).toBe('Продажи Москва');
    expect(team.members.map((m) => [m.membership.role.key, m.isManager]).sort()).toEqual([
      ['sales_manager', true],
      ['sales_rep', false],
      ['sales_rep', false],
    ]);
  });

  it('puts deals in every stage of the default pipeline, with closing data that fits the stage', async () => {
    const { stages, deals } = await t.db.withTenant(demo.tenantId, async (db) => ({
      stages: await db.stage.findMany({ where: { pipeline: { isDefault: true } } }),
      deals: await db.deal.findMany({ include: { contacts: true } }),
    }));
    expect(stages).toHaveLength(6);
    const now = Date.now();
    for (const stage of stages) {
      const inStage = deals.filter((deal) => deal.stageId === stage.id);
      expect(inStage.length, stage.name).toBeGreaterThan(0);
      for (const deal of inStage) {
        expect(deal.accountId).not.toBeNull();
        expect(deal.contacts.length).toBeGreaterThan(0);
        expect(deal.closedAt === null).toBe(stage.kind === 'open');
        expect(deal.lostReason === null).toBe(stage.kind !== 'lost');
        if (stage.kind === 'open') {
          const close = deal.expectedCloseDate?.getTime() ?? 0;
          expect(close).toBeGreaterThan(now - DAY);
          expect(close).toBeLessThan(now + 92 * DAY);
        } else expect(deal.closedAt?.getTime()).toBeLessThan(now);
      }
    }
    expect(new Set(deals.map((deal) => deal.currency))).toEqual(new Set(['RUB', 'EUR', 'USD']));
  });

  it('gives accounts valid INNs and contacts names, patronymics and transliterated e-mails', async () => {
    const { accounts, contacts } = await t.db.withTenant(demo.tenantId, async (db) => ({
      accounts: await db.account.findMany(),
      contacts: await db.contact.findMany(),
    }));
    const inns = accounts.flatMap((account) => (account.taxId ? [account.taxId] : []));
    expect(inns.length).toBeGreaterThanOrEqual(30);
    expect(new Set(inns).size).toBe(inns.length);
    for (const inn of inns) expect(innChecksumHolds(inn), inn).toBe(true);
    expect(innChecksumHolds('7707083893')).toBe(true); // a real, published INN: the check itself works
    expect(new Set(accounts.map((account) => account.name)).size).toBe(accounts.length);
    for (const account of accounts) {
      expect(account.website).toMatch(/^https:\/\/[a-z0-9-]+\.example$/);
      expect(account.phone).toMatch(/^\+\d[\d\s()-]+$/);
    }
    expect(accounts.some((account) => account.region === 'Москва')).toBe(true);
    const emails = contacts.flatMap((contact) => contact.emails);
    for (const email of emails) expect(email).toMatch(/^[a-z][a-z0-9.-]*@[a-z0-9-]+\.example$/);
    expect(new Set(emails).size).toBe(emails.length);
    expect(
      contacts.filter((c) => c.middleName && /(вич|вна|ич|чна)$/.test(c.middleName)).length,
    ).toBeGreaterThan(60);
    expect(contacts.some((c) => c.middleName === null && /^[A-Z]/.test(c.firstName))).toBe(true);
  });

  it('stores custom field values that satisfy the field definitions', async () => {
    await t.db.withTenant(demo.tenantId, async (db) => {
      const records = {
        account: await db.account.findMany({ select: { customFields: true } }),
        contact: await db.contact.findMany({ select: { customFields: true } }),
        deal: await db.deal.findMany({ select: { customFields: true } }),
      };
      for (const type of ['account', 'contact', 'deal'] as const) {
        const definitions = await loadCustomFieldDefinitions(db, type);
        for (const { customFields } of records[type]) {
          expect(isObject(customFields)).toBe(true);
          const values = isObject(customFields) ? customFields : {};
          expect(() =>
            validateCustomFields(definitions, values, { mode: 'create', visible: () => true }),
          ).not.toThrow();
        }
      }
      const filled = (rows: { customFields: unknown }[], key: string) =>
        rows.filter(({ customFields }) => isObject(customFields) && key in customFields).length;
      expect(filled(records.account, 'segment')).toBe(40);
      expect(filled(records.account, 'creditLimit')).toBeGreaterThan(5);
      expect(filled(records.contact, 'source')).toBeGreaterThan(50);
      expect(filled(records.deal, 'discountPercent')).toBeGreaterThan(15);
      const sensitive = await db.customFieldDefinition.findMany({ where: { sensitive: true } });
      expect(sensitive.map((d) => d.key)).toEqual(['creditLimit']);
    });
  });

  it('lays activities over the last 60 and the next 14 days, with overdue, due-today and done tasks', async () => {
    const activities = await t.db.withTenant(demo.tenantId, (db) => db.activity.findMany());
    const now = Date.now();
    expect(new Set(activities.map((a) => a.type))).toEqual(
      new Set(['call', 'meeting', 'task', 'note', 'email']),
    );
    for (const activity of activities) {
      const at = (activity.occurredAt ?? activity.dueAt)?.getTime() ?? NaN;
      expect(at).toBeGreaterThan(now - 61 * DAY);
      expect(at).toBeLessThan(now + 15 * DAY);
      expect(activity.accountId ?? activity.contactId).not.toBeNull();
      if (activity.completedAt) expect(activity.completedAt.getTime()).toBeLessThanOrEqual(now);
    }
    const loggedCalls = activities.filter((a) => a.type === 'call' && a.done);
    expect(loggedCalls.length).toBeGreaterThan(30);
    for (const call of loggedCalls) expect(call.outcome && call.durationMinutes !== null).toBeTruthy();
    const tasks = activities.filter((a) => a.type === 'task');
    const moscowToday = Math.floor((now + 3 * 3_600_000) / DAY) * DAY - 3 * 3_600_000;
    const dueToday = (a: (typeof tasks)[number]) =>
      (a.dueAt?.getTime() ?? 0) >= moscowToday && (a.dueAt?.getTime() ?? 0) < moscowToday + DAY;
    expect(tasks.filter((a) => !a.done && (a.dueAt?.getTime() ?? now) < moscowToday).length).toBeGreaterThan(
      0,
    );
    expect(tasks.filter((a) => !a.done && dueToday(a)).length).toBeGreaterThan(0);
    expect(tasks.filter((a) => a.done && a.completedAt).length).toBeGreaterThan(0);
    expect(activities.some((a) => a.dealId !== null)).toBe(true);
  });

  it('does nothing on a second call and returns the same logins', async () => {
    const before = await countRows(t.db, demo.tenantId);
    const again = await seedDemoTenant(t.db, { password, scale: 2 });
    expect(again).toEqual({ ...demo, created: false });
    expect(await countRows(t.db, demo.tenantId)).toEqual(before);
  });

  it('writes every row into the demo tenant and nothing another tenant can see', async () => {
    const { rows: tables } = await t.db.pool.query<{ table: string }>(
      `SELECT table_name AS table FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'tenantId'`,
    );
    expect(tables.length).toBeGreaterThan(15);
    for (const { table } of tables) {
      // The test connects as a superuser, which bypasses RLS: this sees every tenant's rows.
      const { rows } = await t.db.pool.query<{ tenantId: string }>(
        `SELECT DISTINCT "tenantId"::text AS "tenantId" FROM "${table}"`,
      );
      for (const row of rows) expect(row.tenantId, table).toBe(demo.tenantId);
    }
    const other = newId();
    await t.db.withPlatform((db) =>
      db.tenant.create({ data: { id: other, name: 'Other', slug: `other-${other}` } }),
    );
    const seenByOther = await countRows(t.db, other);
    const tenantTables = Object.entries(seenByOther).filter(
      ([name]) => name !== 'users' && name !== 'tenants',
    );
    expect(tenantTables.length).toBeGreaterThan(10);
    for (const [name, count] of tenantTables) expect(count, name).toBe(0);
  });

  it('rejects an empty password and a scale out of range', async () => {
    await expect(seedDemoTenant(t.db, { password: '' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(seedDemoTenant(t.db, { password, scale: 0 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
