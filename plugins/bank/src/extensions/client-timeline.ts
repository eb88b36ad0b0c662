import { timeline } from '@crm/core';
import { bankContext } from '../db.js';
import { clientWhere } from '../server/shared/client-scope.js';
import { moneyText } from '../server/shared/money.js';

const prefix = 'bank.products:';

/**
 * On a contact's or account's timeline: the financial products the client opened
 * (`kind: bank.productOpened`), for actors who may read that client.
 */
export const productTimelineSource: timeline.TimelineSource = {
  name: 'bank.products',
  async fetch(tenantCtx, query) {
    const type = query.record.type;
    if ((type !== 'contact' && type !== 'account') || !tenantCtx.ability.can('read', 'bank.Client')) {
      return { events: [], next: null };
    }
    const ctx = bankContext(tenantCtx);
    const rows = await ctx.bdb.bankProduct.findMany({
      where: {
        AND: [
          { tenantId: ctx.actor.tenantId },
          {
            plan: {
              AND: [
                type === 'contact' ? { contactId: query.record.id } : { accountId: query.record.id },
                clientWhere(ctx.ability, 'read'),
              ],
            },
          },
          timeline.rowsAfter('openedAt', prefix, query.before),
        ],
      },
      orderBy: timeline.timelineOrder('openedAt'),
      take: query.limit + 1,
      select: {
        id: true,
        openedAt: true,
        productType: true,
        number: true,
        status: true,
        currency: true,
        balance: true,
        plan: { select: { managerId: true } },
      },
    });
    return timeline.pageOfRows(
      rows,
      query.limit,
      prefix,
      (row) => row.openedAt,
      (row) => ({
        id: `${prefix}${row.id}`,
        kind: 'bank.productOpened',
        at: row.openedAt,
        actorUserId: row.plan.managerId,
        data: {
          productId: row.id,
          productType: row.productType,
          number: row.number,
          status: row.status,
          balance: moneyText(row.balance),
          currency: row.currency,
        },
      }),
    );
  },
};
