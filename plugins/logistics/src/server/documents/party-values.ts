import type { LogisticsContext } from '../../db.js';

/** A day as the document's language writes it: 01.03.2026 or 2026-03-01. */
export function formatDay(value: Date | string, language: 'ru' | 'en'): string {
  const iso = typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
  if (language === 'en') return iso;
  const [year, month, day] = iso.split('-');
  return `${day ?? ''}.${month ?? ''}.${year ?? ''}`;
}

/** The parties of a document: the tenant (carrier) and the client account, with today's date. */
export async function partyValues(
  ctx: LogisticsContext,
  accountId: string,
  language: 'ru' | 'en',
): Promise<Record<string, string>> {
  const tenant = await ctx.db.tenant.findFirst({ where: { id: ctx.actor.tenantId }, select: { name: true } });
  const account = await ctx.db.account.findFirst({
    where: { tenantId: ctx.actor.tenantId, id: accountId },
    select: { name: true, taxId: true, address: true },
  });
  return {
    'carrier.name': tenant?.name ?? '',
    'client.name': account?.name ?? '',
    'client.taxId': account?.taxId ?? '',
    'client.address': account?.address ?? '',
    today: formatDay(new Date(), language),
  };
}
