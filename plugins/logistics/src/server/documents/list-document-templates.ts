import { authorize } from '@crm/core';
import type { LogisticsContext } from '../../db.js';
import { documentKinds, type DocumentTemplateOutput } from './document.schema.js';
import { findDocumentTemplate } from './find-document-template.js';

/** The templates of every kind of document: the tenant's own text, or the built-in one. */
export async function listDocumentTemplates(
  ctx: LogisticsContext,
): Promise<{ items: DocumentTemplateOutput[] }> {
  authorize(ctx.ability, 'read', 'logistics.DocumentTemplate');
  const items: DocumentTemplateOutput[] = [];
  for (const kind of documentKinds) items.push(await findDocumentTemplate(ctx, kind));
  return { items };
}
