import type { search } from '@crm/core';
import { bankContext } from '../db.js';
import { clientRelationWhere } from '../server/shared/client-scope.js';

/** Financial products in the global search, by account / card / contract number (`type: bank.product`). */
export const productSearchSource: search.SearchSource = {
  type: 'bank.product',
  async search(tenantCtx, query) {
    if (!tenantCtx.ability.can('read', 'bank.Client')) return [];
    const ctx = bankContext(tenantCtx);
    const rows = await ctx.bdb.bankProduct.findMany({
      where: {
        tenantId: ctx.actor.tenantId,
        number: { contains: query.text, mode: 'insensitive' },
        ...clientRelationWhere(ctx.ability, 'read'),
      },
      orderBy: [{ number: 'asc' }, { id: 'asc' }],
      take: query.limit,
      select: { id: true, number: true, productType: true, status: true, planId: true },
    });
    return rows.map((row) => ({
      type: 'bank.product',
      id: row.id,
      title: row.number,
      subtitle: `${row.productType} · ${row.status}`,
      // An exact number is the best hit; otherwise below a good name match of the core's sources.
      score: row.number.toLowerCase() === query.text.toLowerCase() ? 1 : 0.3,
    }));
  },
};
