import type { LogisticsContext } from '../../db.js';
import { defaultTemplates } from './default-templates.js';
import { documentPlaceholders, type DocumentKind, type DocumentTemplateOutput } from './document.schema.js';

/** The tenant's language for documents: Russian or English (Russian unless the tenant says English). */
export async function tenantLanguage(ctx: LogisticsContext): Promise<'ru' | 'en'> {
  const tenant = await ctx.db.tenant.findFirst({
    where: { id: ctx.actor.tenantId },
    select: { locale: true },
  });
  return tenant?.locale === 'en' ? 'en' : 'ru';
}

/** The tenant's own template of a kind, or the built-in one in the tenant's language. */
export async function findDocumentTemplate(
  ctx: LogisticsContext,
  kind: DocumentKind,
): Promise<DocumentTemplateOutput> {
  const row = await ctx.ldb.logisticsDocumentTemplate.findFirst({
    where: { tenantId: ctx.actor.tenantId, kind },
    select: { title: true, body: true, version: true, updatedAt: true },
  });
  const placeholders = [...documentPlaceholders[kind]];
  if (row) return { kind, ...row, placeholders, isDefault: false };
  const text = defaultTemplates[kind][await tenantLanguage(ctx)];
  return { kind, ...text, placeholders, isDefault: true, version: null, updatedAt: null };
}
