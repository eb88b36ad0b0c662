import type { TenantDb } from '@crm/core';
import { bankTables } from '../db.js';
import { distributeClient } from '../server/distribution/distribute-client.js';
import { moveClient } from '../server/plans/move-client.js';
import { tenantLocale } from '../server/shared/locale.js';
import { systemAudit } from '../server/shared/system-audit.js';
import { createClientTask, escalationOwner } from './tasks.js';

/**
 * The handover's second act: every client of an open handover goes to the least loaded manager of
 * the matching distribution rule (never the departing one, nor anyone leaving), else to the departing
 * manager's team lead; the new manager gets an intro-call task. A handover with all its clients
 * moved becomes `reassigned` (the loss watch starts). Idempotent: moved clients are skipped.
 */
export async function reassignDepartingClients(
  db: TenantDb,
  tenantId: string,
  settings: { introCallWithinDays: number },
): Promise<{ reassigned: number; unassigned: number }> {
  const bdb = bankTables;
  const locale = await tenantLocale(db, tenantId);
  const handovers = await bdb.bankHandover.findMany({
    where: { tenantId, status: 'open' },
    select: { id: true, departingUserId: true },
  });
  let reassigned = 0;
  let unassigned = 0;
  for (const handover of handovers) {
    const fallback = await escalationOwner(db, handover.departingUserId);
    const clients = await bdb.bankHandoverClient.findMany({
      where: { tenantId, handoverId: handover.id, toUserId: null },
      select: {
        planId: true,
        plan: {
          select: {
            clientType: true,
            segment: true,
            region: true,
            tierId: true,
            contactId: true,
            accountId: true,
            teamId: true,
          },
        },
      },
    });
    let left = 0;
    for (const { planId, plan } of clients) {
      const byRule = await distributeClient(
        db,
        bdb,
        tenantId,
        { ...plan, clientType: plan.clientType === 'organisation' ? 'organisation' : 'individual' },
        [handover.departingUserId],
      );
      const toUserId = byRule?.managerId ?? fallback;
      if (!toUserId) {
        left += 1;
        continue;
      }
      await moveClient(db, bdb, {
        tenantId,
        planId,
        contactId: plan.contactId,
        accountId: plan.accountId,
        toUserId,
        teamId: byRule ? byRule.teamId : plan.teamId,
        changedById: null,
        reason: 'bank: manager-departure handover',
      });
      const introTaskId = await createClientTask(db, {
        tenantId,
        ownerId: toUserId,
        type: 'call',
        contactId: plan.contactId,
        accountId: plan.accountId,
        subject:
          locale === 'ru'
            ? 'Знакомство с клиентом: вы его новый менеджер (передача портфеля)'
            : 'Intro call: you are the new manager of this client (portfolio handover)',
        dueInDays: settings.introCallWithinDays,
      });
      await bdb.bankHandoverClient.updateMany({
        where: { tenantId, handoverId: handover.id, planId },
        data: { toUserId, introTaskId },
      });
      reassigned += 1;
    }
    unassigned += left;
    if (left === 0) {
      await bdb.bankHandover.updateMany({
        where: { tenantId, id: handover.id, status: 'open' },
        data: { status: 'reassigned', reassignedAt: new Date() },
      });
      await systemAudit(db, tenantId, {
        action: 'bank.handover.reassigned',
        recordType: 'user',
        recordId: handover.departingUserId,
        after: { handoverId: handover.id, clients: clients.length },
      });
    }
  }
  return { reassigned, unassigned };
}
