import {
  abilityFor,
  AppError,
  createPluginRegistry,
  newId,
  provisionTenant,
  systemRoleKeys,
  systemRoles,
  type SystemRoleKey,
  type TenantContext,
} from '@crm/core';
import { createTestDatabase, type TestDatabase } from '@crm/core/testing';
import realestate from '../src/index.js';
import { realestateContext, type RealestateContext } from '../src/db.js';

export const registry = createPluginRegistry([realestate]);

export interface PluginTenant {
  tenantId: string;
  users: Record<SystemRoleKey, string>;
}

/** A real database migrated as the app does (core, then the plugin). */
export function pluginDatabase(): Promise<TestDatabase> {
  return createTestDatabase([...registry.migrations]);
}

/** A tenant with one member per system role and the plugin on (with `config`). */
export async function createPluginTenant(
  t: TestDatabase,
  name: string,
  config: Record<string, string | number | boolean> = { seedDemoData: false },
  locale: 'ru' | 'en' = 'ru',
): Promise<PluginTenant> {
  const tenantId = newId();
  const users = Object.fromEntries(systemRoleKeys.map((key) => [key, newId()])) as Record<
    SystemRoleKey,
    string
  >;
  await t.db.withTenant(tenantId, async (db) => {
    for (const key of systemRoleKeys) {
      await db.user.create({
        data: { id: users[key], email: `${key}-${tenantId}@re.test`, name: `${name} ${key}` },
      });
    }
    const provisioned = await provisionTenant(db, tenantId, {
      workspaceName: name,
      owner: { userId: users.admin },
      locale,
    });
    for (const key of systemRoleKeys.filter((k) => k !== 'admin')) {
      await db.membership.create({
        data: { tenantId, id: newId(), userId: users[key], roleId: provisioned.roleIds[key] },
      });
    }
    await db.tenantPlugin.create({ data: { tenantId, pluginId: 'realestate', config } });
  });
  return { tenantId, users };
}

/** Runs `work` in the tenant's unit of work as the member with `role`, as the API would. */
export function as<T>(
  t: TestDatabase,
  tenant: PluginTenant,
  role: SystemRoleKey,
  work: (ctx: RealestateContext) => Promise<T>,
): Promise<T> {
  return t.db.withTenant(tenant.tenantId, (db) => {
    const actor = {
      tenantId: tenant.tenantId,
      userId: tenant.users[role],
      roleKey: role,
      permissions: systemRoles[role].permissions,
      // Everyone works in one team (the sales manager manages the reps).
      teamUserIds: Object.values(tenant.users),
      apiKeyId: null,
    };
    const ctx: TenantContext = {
      db,
      actor,
      ability: abilityFor(actor, registry.ruleContributors),
      requestId: 'test',
      ip: null,
    };
    return work(realestateContext(ctx));
  });
}

/** The error a call fails with (the test fails when it succeeds). */
export async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}
