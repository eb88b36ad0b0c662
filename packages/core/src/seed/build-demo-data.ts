import type { Prisma } from '../generated/prisma/client.js';
import { buildAccounts } from './build-accounts.js';
import { buildActivities } from './build-activities.js';
import { buildContacts } from './build-contacts.js';
import { buildDeals, type PipelineStage } from './build-deals.js';
import {
  buildCreationAudit,
  buildCustomFieldDefinitions,
  buildRecordTags,
  buildTags,
} from './build-extras.js';
import type { DemoLocale } from './data/custom-fields.js';
import type { DemoUserKey } from './data/users.js';
import { createRandom } from './random.js';

/** The seed of the demo's random source: the same demo data on every run. */
export const DEMO_RANDOM_SEED = 0x5eed_2026;

export interface DemoCounts {
  accounts: number;
  contacts: number;
  deals: number;
  activities: number;
}

/** Record counts at a scale (1 → 40 accounts, 120 contacts, 60 deals, 300 activities). */
export function demoCounts(scale: number, stageCount = 6): DemoCounts {
  const accounts = Math.max(3, Math.round(40 * scale));
  return {
    accounts,
    contacts: Math.max(accounts, Math.round(120 * scale)),
    deals: Math.max(stageCount, Math.round(60 * scale)),
    activities: Math.max(10, Math.round(300 * scale)),
  };
}

export interface DemoDataInput {
  tenantId: string;
  locale: DemoLocale;
  scale: number;
  now: Date;
  userIds: Record<DemoUserKey, string>;
  stages: PipelineStage[];
}

/** Every row of the demo's CRM data, ready for createMany; no database access. */
export interface DemoData {
  customFieldDefinitions: Prisma.CustomFieldDefinitionCreateManyInput[];
  tags: Prisma.TagCreateManyInput[];
  accounts: Prisma.AccountCreateManyInput[];
  contacts: Prisma.ContactCreateManyInput[];
  accountContacts: Prisma.AccountContactCreateManyInput[];
  deals: Prisma.DealCreateManyInput[];
  dealContacts: Prisma.DealContactCreateManyInput[];
  activities: Prisma.ActivityCreateManyInput[];
  recordTags: Prisma.RecordTagCreateManyInput[];
  auditLog: Prisma.AuditLogCreateManyInput[];
}

export function buildDemoData(input: DemoDataInput): DemoData {
  const { tenantId, locale, now, userIds } = input;
  const ctx = { tenantId, locale, now, userIds, random: createRandom(DEMO_RANDOM_SEED) };
  const counts = demoCounts(input.scale, input.stages.length);
  const accounts = buildAccounts(ctx, counts.accounts);
  const { contacts, accountContacts } = buildContacts(ctx, accounts, counts.contacts);
  const { deals, dealContacts } = buildDeals(ctx, accounts, contacts, input.stages, counts.deals);
  const activities = buildActivities(ctx, accounts, contacts, deals, counts.activities);
  const tags = buildTags(tenantId);
  const rows = {
    accounts: accounts.map((account) => account.row),
    contacts: contacts.map((contact) => contact.row),
    deals: deals.map((deal) => deal.row),
  };
  return {
    customFieldDefinitions: buildCustomFieldDefinitions(tenantId, locale),
    tags: tags.rows,
    ...rows,
    accountContacts,
    dealContacts,
    activities,
    recordTags: buildRecordTags(ctx, tags.ids, { accounts, contacts, deals }),
    auditLog: [
      ...buildCreationAudit(tenantId, 'account', rows.accounts),
      ...buildCreationAudit(tenantId, 'contact', rows.contacts),
      ...buildCreationAudit(tenantId, 'deal', rows.deals),
      ...buildCreationAudit(tenantId, 'activity', activities),
    ],
  };
}
