import { fileDownload, recordAudit, type FileDownload } from '@crm/core';
import type { LogisticsContext } from '../../db.js';
import type { DocumentKind } from './document.schema.js';
import { fillPlaceholders } from './fill-placeholders.js';
import { findDocumentTemplate } from './find-document-template.js';
import { renderPdf } from './render-pdf.js';

export interface DocumentRequest {
  kind: DocumentKind;
  recordType: string;
  recordId: string;
  /** For the file name, e.g. the contract number. */
  number: string;
  values: Record<string, string>;
}

/** Fills the tenant's template of `kind` with `values`, renders the PDF and records who generated it. */
export async function generateDocument(
  ctx: LogisticsContext,
  request: DocumentRequest,
): Promise<FileDownload> {
  const template = await findDocumentTemplate(ctx, request.kind);
  const title = fillPlaceholders(template.title, request.values);
  const pdf = await renderPdf({
    title,
    body: fillPlaceholders(template.body, request.values),
    author: request.values['carrier.name'] ?? '',
    subject: request.kind,
  });
  await recordAudit(ctx, {
    action: 'logistics.document.generated',
    recordType: request.recordType,
    recordId: request.recordId,
    after: { kind: request.kind, title, templateVersion: template.version, bytes: pdf.length },
  });
  const safeNumber = request.number.replace(/[^\p{L}\p{N}._-]+/gu, '_');
  return fileDownload(`${request.kind}-${safeNumber}.pdf`, 'application/pdf', pdf);
}
