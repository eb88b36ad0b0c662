import { AppError, authorize, recordAudit } from '@crm/core';
import type { LogisticsContext } from '../../db.js';
import {
  documentPlaceholders,
  type DocumentTemplateOutput,
  type SetDocumentTemplateInput,
} from './document.schema.js';
import { unknownPlaceholders } from './fill-placeholders.js';
import { findDocumentTemplate } from './find-document-template.js';

/** Saves the tenant's own text of a document; unknown placeholders are refused, naming the field. */
export async function setDocumentTemplate(
  ctx: LogisticsContext,
  input: SetDocumentTemplateInput,
): Promise<DocumentTemplateOutput> {
  authorize(ctx.ability, 'update', 'logistics.DocumentTemplate');
  const known = documentPlaceholders[input.kind];
  const issues = (['title', 'body'] as const).flatMap((field) => {
    const unknown = unknownPlaceholders(input[field], known);
    return unknown.length === 0
      ? []
      : [{ field, message: `unknown placeholders: ${unknown.join(', ')}; known: ${known.join(', ')}` }];
  });
  if (issues.length > 0) throw AppError.invalid(issues);
  const before = await findDocumentTemplate(ctx, input.kind);
  await ctx.ldb.logisticsDocumentTemplate.upsert({
    where: { tenantId_kind: { tenantId: ctx.actor.tenantId, kind: input.kind } },
    create: { tenantId: ctx.actor.tenantId, kind: input.kind, title: input.title, body: input.body },
    update: { title: input.title, body: input.body },
    select: { kind: true },
  });
  const after = await findDocumentTemplate(ctx, input.kind);
  await recordAudit(ctx, {
    action: 'logistics.document_template.updated',
    recordType: 'logistics.document_template',
    before: { title: before.title, body: before.body },
    after: { kind: after.kind, title: after.title, body: after.body },
  });
  return after;
}
