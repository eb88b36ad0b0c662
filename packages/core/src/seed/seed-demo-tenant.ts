import type { SystemRoleKey } from '../authz/permissions.js';
import type { Database, TenantDb } from '../db/database.js';
import { AppError, type FieldIssue } from '../errors/index.js';
import { newId } from '../ids.js';
import { provisionTenant } from '../tenants/provision-tenant.js';
import { buildDemoData } from './build-demo-data.js';
import type { DemoLocale } from './data/custom-fields.js';
import { demoUsers, type DemoUserKey } from './data/users.js';
import { hashPassword } from '../auth/passwords.js';
import { insertDemoData } from './insert-demo-data.js';

/**
 * The demo tenant's slug. Real workspaces get `<name>-<id suffix>` slugs, so this exact value marks
 * the demo, and the unique constraint on slugs makes sure there is only ever one.
 */
export const DEMO_TENANT_SLUG = 'demo';

const workspaceNames: Record<DemoLocale, string> = {
  ru: 'Демо: ООО «Северный ветер»',
  en: 'Demo: North Wind LLC',
};
const salesTeamNames: Record<DemoLocale, string> = { ru: 'Продажи Москва', en: 'Moscow Sales' };

export interface SeedDemoTenantOptions {
  /** Language of the workspace: its name, pipeline stages, industries, regions, custom fields. */
  locale?: DemoLocale;
  /** The password of every demo user. It is set on the first run only. */
  password: string;
  /** Multiplies the record counts (1 → 40 accounts, 120 contacts, 60 deals, 300 activities). */
  scale?: number;
}

export interface DemoLogin {
  role: SystemRoleKey;
  email: string;
  password: string;
}

export interface SeededDemoTenant {
  tenantId: string;
  logins: DemoLogin[];
  /** False when the demo tenant was there already and nothing was written. */
  created: boolean;
}

/**
 * Creates the demo workspace with its users, team, custom fields, tags and a few months of CRM work,
 * once: when the demo tenant exists it writes nothing and returns its logins. Everything is written in
 * one unit of work, so a failed run leaves nothing behind and the next start tries again.
 */
export async function seedDemoTenant(
  database: Database,
  options: SeedDemoTenantOptions,
): Promise<SeededDemoTenant> {
  const { locale = 'ru', password, scale = 1 } = options;
  const issues: FieldIssue[] = [];
  if (password.length === 0) issues.push({ field: 'password', message: 'is required' });
  if (!Number.isFinite(scale) || scale <= 0 || scale > 100)
    issues.push({ field: 'scale', message: 'must be in (0, 100]' });
  if (issues.length > 0) throw AppError.invalid(issues);

  const existing = await findDemoTenant(database, password);
  if (existing) return existing;
  try {
    return await createDemoTenant(database, { locale, password, scale });
  } catch (error) {
    // Two processes seeding at once: the slower one fails on the unique slug or e-mails and rolls back.
    const winner = await findDemoTenant(database, password);
    if (winner) return winner;
    throw error;
  }
}

function loginsOf(users: typeof demoUsers, password: string): DemoLogin[] {
  return users.map(({ role, email }) => ({ role, email, password }));
}

async function findDemoTenant(database: Database, password: string): Promise<SeededDemoTenant | null> {
  const tenant = await database.withPlatform((db) =>
    db.tenant.findUnique({ where: { slug: DEMO_TENANT_SLUG }, select: { id: true } }),
  );
  if (!tenant) return null;
  const members = await database.withTenant(tenant.id, (db) =>
    db.membership.findMany({
      where: {
        disabledAt: null,
        user: { email: { in: demoUsers.map((user) => user.email) }, disabledAt: null },
      },
      select: { user: { select: { email: true } } },
    }),
  );
  const active = new Set(members.map((member) => member.user.email.toLowerCase()));
  const users = demoUsers.filter((user) => active.has(user.email));
  return { tenantId: tenant.id, logins: loginsOf(users, password), created: false };
}

async function createDemoTenant(
  database: Database,
  options: Required<SeedDemoTenantOptions>,
): Promise<SeededDemoTenant> {
  const { locale, password, scale } = options;
  // Hashing is slow on purpose: done before the transaction opens, one salt per user.
  const passwordHashes = await Promise.all(demoUsers.map(() => hashPassword(password)));
  const tenantId = newId();
  const userIds: Record<DemoUserKey, string> = {
    admin: newId(),
    manager: newId(),
    rep1: newId(),
    rep2: newId(),
    support: newId(),
    marketer: newId(),
    viewer: newId(),
  };
  await database.withTenant(
    tenantId,
    async (db) => {
      const now = new Date();
      await db.user.createMany({
        data: demoUsers.map((user, index) => ({
          id: userIds[user.key],
          email: user.email,
          name: user.name,
          locale: user.locale,
          passwordHash: passwordHashes[index] ?? null,
          passwordChangedAt: now,
        })),
      });
      const { roleIds, pipelineId } = await provisionTenant(db, tenantId, {
        workspaceName: workspaceNames[locale],
        owner: { userId: userIds.admin },
        locale,
      });
      await db.tenant.update({
        where: { id: tenantId },
        data: { slug: DEMO_TENANT_SLUG },
        select: { id: true },
      });
      await db.membership.createMany({
        data: demoUsers
          .filter((user) => user.key !== 'admin')
          .map((user) => ({ tenantId, id: newId(), userId: userIds[user.key], roleId: roleIds[user.role] })),
      });
      await createSalesTeam(db, tenantId, salesTeamNames[locale], userIds);
      const stages = await db.stage.findMany({
        where: { pipelineId },
        select: { id: true, pipelineId: true, position: true, kind: true },
        orderBy: { position: 'asc' },
      });
      await insertDemoData(db, buildDemoData({ tenantId, locale, scale, now, userIds, stages }));
    },
    { userId: userIds.admin },
  );
  return { tenantId, logins: loginsOf(demoUsers, password), created: true };
}

async function createSalesTeam(
  db: TenantDb,
  tenantId: string,
  name: string,
  userIds: Record<DemoUserKey, string>,
) {
  const teamId = newId();
  await db.team.create({ data: { tenantId, id: teamId, name }, select: { id: true } });
  await db.teamMember.createMany({
    data: (['manager', 'rep1', 'rep2'] as const).map((key) => ({
      tenantId,
      teamId,
      userId: userIds[key],
      isManager: key === 'manager',
    })),
  });
}
