import { AppError, type TenantDb } from '@crm/core';
import { daysOverdue } from './cadence.js';
import { clientTypes, planStatuses, valueTiers, type PlanOutput, type PlanRow } from './plan.schema.js';

/** Names of the plans' clients (contacts' full names, accounts' names), by plan id. */
async function clientNames(db: TenantDb, rows: readonly PlanRow[]): Promise<Map<string, string>> {
  const contactIds = rows.flatMap((r) => (r.contactId ? [r.contactId] : []));
  const accountIds = rows.flatMap((r) => (r.accountId ? [r.accountId] : []));
  const [contacts, accounts] = await Promise.all([
    contactIds.length
      ? db.contact.findMany({
          where: { id: { in: contactIds } },
          select: { id: true, firstName: true, lastName: true },
        })
      : [],
    accountIds.length
      ? db.account.findMany({ where: { id: { in: accountIds } }, select: { id: true, name: true } })
      : [],
  ]);
  const names = new Map<string, string>();
  for (const c of contacts) names.set(c.id, [c.firstName, c.lastName].filter(Boolean).join(' '));
  for (const a of accounts) names.set(a.id, a.name);
  return names;
}

export async function presentPlans(
  db: TenantDb,
  rows: readonly PlanRow[],
  now = new Date(),
): Promise<PlanOutput[]> {
  const names = await clientNames(db, rows);
  return rows.map((row) => ({
    ...row,
    clientType: clientTypes.find((t) => t === row.clientType) ?? 'individual',
    clientName: names.get(row.contactId ?? row.accountId ?? '') ?? '',
    status: planStatuses.find((s) => s === row.status) ?? 'active',
    valueTier: valueTiers.find((v) => v === row.valueTier) ?? null,
    daysOverdue: row.status === 'active' ? daysOverdue(row.nextContactDueAt, now) : 0,
  }));
}

export async function presentPlan(db: TenantDb, row: PlanRow): Promise<PlanOutput> {
  const [plan] = await presentPlans(db, [row]);
  if (!plan) throw new AppError('INTERNAL', 'A plan went missing while presenting it');
  return plan;
}
