import type { z } from 'zod';
import type { TenantContext } from '../records/context.js';

/** A text in both languages of the product. */
export interface Localized {
  en: string;
  ru: string;
}

/**
 * A report a plugin (or, later, the core) contributes: a named, parameterised read over the tenant's
 * data. Listed at `GET /api/v1/reports` and run at `POST /api/v1/reports/{id}/run`; the run validates
 * `input`, calls `run` inside the tenant unit of work and validates its answer with `output`.
 */
export interface ReportDefinition<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  /** `<pluginId>.<name>`, unique across the registry. */
  id: string;
  title: Localized;
  description: Localized;
  input: I;
  output: O;
  /** Reads only; checks what the actor may see (the report's plugin subjects) itself. */
  run(ctx: TenantContext, input: z.output<I>): Promise<z.input<O>>;
}

/** Keeps the input and output types of one report definition checked against its `run`. */
export function defineReport<I extends z.ZodType, O extends z.ZodType>(
  report: ReportDefinition<I, O>,
): ReportDefinition<I, O> {
  return report;
}
