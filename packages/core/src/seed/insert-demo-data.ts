import type { TenantDb } from '../db/database.js';
import type { DemoData } from './build-demo-data.js';

// Rows per INSERT: well under Postgres' 65,535 bind parameters for the widest table (~20 columns).
const BATCH_SIZE = 1000;

async function inBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    await insert(rows.slice(start, start + BATCH_SIZE));
  }
}

/** Writes the demo's CRM data in dependency order, inside the caller's unit of work. */
export async function insertDemoData(db: TenantDb, data: DemoData): Promise<void> {
  await db.customFieldDefinition.createMany({ data: data.customFieldDefinitions });
  await db.tag.createMany({ data: data.tags });
  await inBatches(data.accounts, (batch) => db.account.createMany({ data: batch }));
  await inBatches(data.contacts, (batch) => db.contact.createMany({ data: batch }));
  await inBatches(data.accountContacts, (batch) => db.accountContact.createMany({ data: batch }));
  await inBatches(data.deals, (batch) => db.deal.createMany({ data: batch }));
  await inBatches(data.dealContacts, (batch) => db.dealContact.createMany({ data: batch }));
  await inBatches(data.activities, (batch) => db.activity.createMany({ data: batch }));
  await inBatches(data.recordTags, (batch) => db.recordTag.createMany({ data: batch }));
  await inBatches(data.auditLog, (batch) => db.auditLog.createMany({ data: batch }));
}
