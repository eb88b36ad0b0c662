import type { Prisma } from '../generated/prisma/client.js';
import { newId } from '../ids.js';
import type { SeededAccount } from './build-accounts.js';
import type { SeededContact } from './build-contacts.js';
import type { SeededDeal } from './build-deals.js';
import { demoCustomFieldDefinitions, demoTags, type DemoLocale } from './data/custom-fields.js';
import type { SeedContext } from './seed-context.js';

export function buildCustomFieldDefinitions(
  tenantId: string,
  locale: DemoLocale,
): Prisma.CustomFieldDefinitionCreateManyInput[] {
  return demoCustomFieldDefinitions(locale).map((definition, position) => ({
    tenantId,
    id: newId(),
    ...definition,
    position,
  }));
}

export type DemoTagKey = (typeof demoTags)[number]['key'];

export function buildTags(tenantId: string): {
  rows: Prisma.TagCreateManyInput[];
  ids: Record<DemoTagKey, string>;
} {
  const ids: Record<DemoTagKey, string> = { vip: newId(), partner: newId(), horizon: newId() };
  return { rows: demoTags.map(({ key, name, color }) => ({ tenantId, id: ids[key], name, color })), ids };
}

/**
 * VIP on most large customers and on big open deals, Партнёр on a few accounts, and Horizon (the
 * international expansion project) on the foreign accounts and their people.
 */
export function buildRecordTags(
  ctx: SeedContext,
  tagIds: Record<DemoTagKey, string>,
  records: { accounts: SeededAccount[]; contacts: SeededContact[]; deals: SeededDeal[] },
): Prisma.RecordTagCreateManyInput[] {
  const { random, tenantId } = ctx;
  const tag = (tagId: string, recordType: 'account' | 'contact' | 'deal', recordId: string) => ({
    tenantId,
    tagId,
    recordType,
    recordId,
  });
  const tags: Prisma.RecordTagCreateManyInput[] = [];
  records.accounts.forEach((account) => {
    if (account.size === 2 && random.chance(0.6)) tags.push(tag(tagIds.vip, 'account', account.row.id));
    if (random.chance(0.1)) tags.push(tag(tagIds.partner, 'account', account.row.id));
    if (account.language === 'en') tags.push(tag(tagIds.horizon, 'account', account.row.id));
  });
  for (const contact of records.contacts) {
    const account = contact.accountIndex === null ? undefined : records.accounts[contact.accountIndex];
    if (account?.language === 'en') tags.push(tag(tagIds.horizon, 'contact', contact.row.id));
  }
  for (const deal of records.deals) {
    const big = Number(deal.row.amount) >= (deal.row.currency === 'RUB' ? 8_000_000 : 80_000);
    if (deal.open && big) tags.push(tag(tagIds.vip, 'deal', deal.row.id));
  }
  return tags;
}

interface AuditedRecord {
  id: string;
  createdById?: string | null;
  createdAt?: Date | string | null;
}

/** 'x.created' audit entries so that every seeded record's timeline starts with its creation. */
export function buildCreationAudit(
  tenantId: string,
  recordType: 'account' | 'contact' | 'deal' | 'activity',
  rows: readonly (AuditedRecord & { tenantId: string })[],
): Prisma.AuditLogCreateManyInput[] {
  return rows.map((row) => ({
    tenantId,
    id: newId(),
    at: row.createdAt ?? undefined,
    actorUserId: row.createdById ?? null,
    action: `${recordType}.created`,
    recordType,
    recordId: row.id,
    // A JSON-safe copy as recordAudit stores it (dates as ISO strings), without the tenant id.
    after: JSON.parse(
      JSON.stringify(row, (key, value: unknown) => (key === 'tenantId' ? undefined : value)),
    ) as Prisma.InputJsonValue,
  }));
}
