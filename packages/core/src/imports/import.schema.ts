import { z } from 'zod';
import type { Prisma } from '../generated/prisma/client.js';

export const importObjectTypes = ['contact', 'account', 'deal'] as const;
export type ImportObjectType = (typeof importObjectTypes)[number];

export const dedupeKeys = ['email', 'phone', 'taxId'] as const;
export type DedupeKey = (typeof dedupeKeys)[number];

/** The largest CSV file accepted (bytes). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** Columns a file may have; wider files are refused before any row is read. */
export const MAX_IMPORT_COLUMNS = 1000;
/** Characters one record (row) may have; a longer one is an error (bounds the parser's memory). */
export const MAX_RECORD_CHARS = 1_000_000;
/** Row errors kept on the import; all are counted in errorRows. */
export const MAX_STORED_ERRORS = 1000;

const columnName = z.string().max(200);
/** A record field, `cf.<key>` for a custom field, or null to skip the column. */
const mappingTarget = z.string().min(1).max(80).nullable();

export const importOptionsInput = z.strictObject({
  objectType: z.enum(importObjectTypes),
  /**
   * CSV column → field. Columns left out are ignored. When the whole mapping is absent, columns whose
   * header is a field name (or `cf.<key>`) are used and the others ignored.
   */
  mapping: z.record(columnName, mappingTarget).optional(),
  dryRun: z.boolean().default(false),
  dedupe: z
    .strictObject({
      by: z.array(z.enum(dedupeKeys)).min(1).max(dedupeKeys.length),
      mode: z.enum(['skip', 'update']),
    })
    .optional(),
  /** The cell separator; detected from the header line when absent. */
  delimiter: z.enum([',', ';', '\t', '|']).optional(),
  /** The file's character set; UTF-8 (with or without BOM) unless told otherwise. */
  encoding: z.enum(['utf-8', 'windows-1251']).default('utf-8'),
});
export type ImportOptionsInput = z.input<typeof importOptionsInput>;
export type ImportOptions = z.infer<typeof importOptionsInput>;

export const importRowError = z.object({
  /** The spreadsheet row: the header is row 1, the first record row 2. 0 for the file as a whole. */
  row: z.number().int(),
  /** The record field (e.g. `emails`, `customFields.budget`), or '' for the row as a whole. */
  field: z.string(),
  /** The CSV column the field came from, when there is one. */
  column: z.string().optional(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof importRowError>;

export const importStatuses = ['pending', 'running', 'completed', 'failed'] as const;

export const importOutput = z.object({
  id: z.uuid(),
  objectType: z.enum(importObjectTypes),
  status: z.enum(importStatuses),
  dryRun: z.boolean(),
  fileName: z.string().nullable(),
  totalRows: z.number().int(),
  processedRows: z.number().int(),
  createdRows: z.number().int(),
  updatedRows: z.number().int(),
  skippedRows: z.number().int(),
  errorRows: z.number().int(),
  errors: z.array(importRowError),
  /** Whether more errors happened than are listed. */
  errorsTruncated: z.boolean(),
  createdById: z.uuid().nullable(),
  createdAt: z.date(),
  startedAt: z.date().nullable(),
  finishedAt: z.date().nullable(),
  updatedAt: z.date(),
});
export type ImportOutput = z.infer<typeof importOutput>;

export const importSelect = {
  id: true,
  objectType: true,
  status: true,
  dryRun: true,
  fileName: true,
  totalRows: true,
  processedRows: true,
  createdRows: true,
  updatedRows: true,
  skippedRows: true,
  errorRows: true,
  errors: true,
  createdById: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
  updatedAt: true,
} satisfies Prisma.ImportSelect;

export type ImportRow = Prisma.ImportGetPayload<{ select: typeof importSelect }>;

/** The counts an import reports while it runs and when it ends. */
export interface ImportCounts {
  totalRows: number;
  processedRows: number;
  createdRows: number;
  updatedRows: number;
  skippedRows: number;
  errorRows: number;
}
