import type { PluginApiKit } from '@crm/api';
import { fileDownloadOutput } from '@crm/core';
import { z } from 'zod';
import { logisticsContext } from '../db.js';
import * as documents from './documents/index.js';

const idInput = z.strictObject({ id: z.uuid() });

/**
 * Standard documents as PDF from the tenant's templates. The file procedures answer REST with the PDF
 * itself (`file: true`) and tRPC with `{ filename, contentType, base64 }`.
 */
export function contractDocumentProcedure({ procedure }: PluginApiKit) {
  return procedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/logistics/contracts/{id}/document.pdf',
        tags: ['Logistics: contracts'],
        summary: "The contract as a PDF, from the tenant's contract template",
      },
      file: true,
      fileContentType: 'application/pdf',
    })
    .input(idInput)
    .output(fileDownloadOutput)
    .query(({ ctx, input }) => documents.contractDocument(logisticsContext(ctx.tenant), input.id));
}

export function waybillProcedure({ procedure }: PluginApiKit) {
  return procedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/logistics/shipments/{id}/waybill.pdf',
        tags: ['Logistics: shipments'],
        summary: "The shipment's waybill as a PDF, from the tenant's waybill template",
      },
      file: true,
      fileContentType: 'application/pdf',
    })
    .input(idInput)
    .output(fileDownloadOutput)
    .query(({ ctx, input }) => documents.waybillDocument(logisticsContext(ctx.tenant), input.id));
}

export function documentTemplatesRouter({ router, procedure }: PluginApiKit) {
  const tags = ['Logistics: documents'];
  return router({
    list: procedure
      .meta({
        openapi: {
          method: 'GET',
          path: '/logistics/document-templates',
          tags,
          summary: 'Document templates (contract, waybill) with their placeholders',
        },
      })
      .input(z.strictObject({}))
      .output(z.object({ items: z.array(documents.documentTemplateOutput) }))
      .query(({ ctx }) => documents.listDocumentTemplates(logisticsContext(ctx.tenant))),
    update: procedure
      .meta({
        openapi: {
          method: 'PUT',
          path: '/logistics/document-templates/{kind}',
          tags,
          summary: "Set the tenant's text of a document ({{ placeholder }} filled in when generated)",
        },
      })
      .input(documents.setDocumentTemplateInput)
      .output(documents.documentTemplateOutput)
      .mutation(({ ctx, input }) => documents.setDocumentTemplate(logisticsContext(ctx.tenant), input)),
  });
}
