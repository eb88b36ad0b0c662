import { z } from 'zod';

export const documentKinds = ['contract', 'waybill'] as const;
export type DocumentKind = (typeof documentKinds)[number];

const common = ['carrier.name', 'client.name', 'client.taxId', 'client.address', 'today'] as const;

/** The placeholders (`{{ name }}`) each kind of document fills in. */
export const documentPlaceholders: Record<DocumentKind, readonly string[]> = {
  contract: [
    ...common,
    'contract.number',
    'contract.kind',
    'contract.startsOn',
    'contract.endsOn',
    'contract.autoRenew',
    'contract.renewalTermMonths',
    'contract.noticeDays',
    'contract.noticeDeadline',
  ],
  waybill: [
    ...common,
    'shipment.number',
    'shipment.cargo',
    'shipment.weightKg',
    'shipment.volumeM3',
    'shipment.status',
    'vehicle.plateNumber',
    'vehicle.model',
    'stops',
  ],
};

export const documentKindInput = z.strictObject({ kind: z.enum(documentKinds) });

export const setDocumentTemplateInput = z.strictObject({
  kind: z.enum(documentKinds),
  title: z.string().trim().min(1).max(300),
  /** Plain text; blank lines separate paragraphs; `{{ placeholder }}` is filled in. */
  body: z.string().trim().min(1).max(50_000),
});
export type SetDocumentTemplateInput = z.infer<typeof setDocumentTemplateInput>;

export const documentTemplateOutput = z.object({
  kind: z.enum(documentKinds),
  title: z.string(),
  body: z.string(),
  placeholders: z.array(z.string()),
  /** The built-in text in the tenant's language (the tenant has not saved its own). */
  isDefault: z.boolean(),
  version: z.number().int().nullable(),
  updatedAt: z.date().nullable(),
});
export type DocumentTemplateOutput = z.infer<typeof documentTemplateOutput>;
