import { systemRoleKeys, systemRoles, type SystemRoleKey } from '../authz/index.js';
import type { TenantDb } from '../db/database.js';
import { newId } from '../ids.js';
import { toJsonObject } from '../records/to-json-object.js';

export interface ProvisionTenantInput {
  workspaceName: string;
  owner: { userId: string };
  locale?: 'en' | 'ru';
}

export interface ProvisionedTenant {
  tenantId: string;
  roleIds: Record<SystemRoleKey, string>;
  pipelineId: string;
}

const defaultStages = {
  en: [
    ['Qualification', 10, 'open'],
    ['Needs analysis', 25, 'open'],
    ['Proposal', 50, 'open'],
    ['Negotiation', 75, 'open'],
    ['Won', 100, 'won'],
    ['Lost', 0, 'lost'],
  ],
  ru: [
    ['Квалификация', 10, 'open'],
    ['Выявление потребностей', 25, 'open'],
    ['Коммерческое предложение', 50, 'open'],
    ['Переговоры', 75, 'open'],
    ['Успешно', 100, 'won'],
    ['Проиграна', 0, 'lost'],
  ],
} as const;

function slugOf(name: string, id: string): string {
  const base = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `${base || 'workspace'}-${id.slice(-8)}`;
}

/**
 * Creates a tenant with everything it starts with: the system roles, a default sales pipeline and
 * its owner as tenant admin. Runs inside the caller's unit of work opened for `tenantId` (a new
 * id), so that a failure anywhere (including the caller's own writes) leaves nothing behind.
 */
export async function provisionTenant(
  db: TenantDb,
  tenantId: string,
  input: ProvisionTenantInput,
): Promise<ProvisionedTenant> {
  const locale = input.locale ?? 'en';
  await db.tenant.create({
    data: { id: tenantId, name: input.workspaceName, slug: slugOf(input.workspaceName, tenantId), locale },
    select: { id: true },
  });
  const roleIds = Object.fromEntries(systemRoleKeys.map((key) => [key, newId()])) as Record<
    SystemRoleKey,
    string
  >;
  const pipelineId = newId();
  await db.role.createMany({
    data: systemRoleKeys.map((key) => ({
      tenantId,
      id: roleIds[key],
      key,
      name: systemRoles[key].name,
      isSystem: true,
      permissions: toJsonObject(systemRoles[key].permissions),
    })),
  });
  await db.membership.create({
    data: { tenantId, id: newId(), userId: input.owner.userId, roleId: roleIds.admin },
    select: { id: true },
  });
  await db.pipeline.create({
    data: { tenantId, id: pipelineId, name: locale === 'ru' ? 'Продажи' : 'Sales', isDefault: true },
    select: { id: true },
  });
  await db.stage.createMany({
    data: defaultStages[locale].map(([name, probability, kind], position) => ({
      tenantId,
      id: newId(),
      pipelineId,
      name,
      position,
      probability,
      kind,
    })),
  });
  return { tenantId, roleIds, pipelineId };
}
