import { z } from 'zod';

const localized = z.object({ en: z.string(), ru: z.string() });

export const reportOutput = z.object({
  id: z.string(),
  pluginId: z.string(),
  title: localized,
  description: localized,
  /** JSON Schema of the report's input (for forms), or null when it cannot be expressed. */
  inputSchema: z.record(z.string(), z.unknown()).nullable(),
});
export type ReportOutput = z.infer<typeof reportOutput>;

export const reportListOutput = z.object({ items: z.array(reportOutput) });
export type ReportListOutput = z.infer<typeof reportListOutput>;

export const runReportInput = z.strictObject({
  id: z.string().min(1).max(128),
  input: z.record(z.string(), z.unknown()).optional(),
});
export type RunReportInput = z.infer<typeof runReportInput>;

export const runReportOutput = z.object({
  id: z.string(),
  generatedAt: z.date(),
  result: z.unknown(),
});
export type RunReportOutput = z.infer<typeof runReportOutput>;

export const reportListInput = z.object({});
