import { z } from 'zod';

const day = z.iso.date();
const target = z.number().int().min(0).max(100_000);

/** The four targets of a plan: calls and meetings with existing and with potential clients. */
export const planMetrics = [
  'callsExisting',
  'callsPotential',
  'meetingsExisting',
  'meetingsPotential',
] as const;
export type PlanMetric = (typeof planMetrics)[number];
export type MetricCounts = Record<PlanMetric, number>;

export const setPlanInput = z
  .strictObject({
    userId: z.uuid(),
    periodStart: day,
    periodEnd: day,
    callsExisting: target,
    callsPotential: target,
    meetingsExisting: target,
    meetingsPotential: target,
  })
  .refine((value) => value.periodEnd >= value.periodStart, {
    message: 'must not be before periodStart',
    path: ['periodEnd'],
  })
  .refine((value) => Date.parse(value.periodEnd) - Date.parse(value.periodStart) <= 366 * 86_400_000, {
    message: 'a period is at most a year',
    path: ['periodEnd'],
  });
export type SetPlanInput = z.infer<typeof setPlanInput>;

export const planVsActualInput = z.strictObject({
  /** The plans whose period contains this day (default: today, UTC). */
  on: day.optional(),
  userId: z.uuid().optional(),
});
export type PlanVsActualInput = z.infer<typeof planVsActualInput>;

const counts = z.object({
  callsExisting: z.number().int(),
  callsPotential: z.number().int(),
  meetingsExisting: z.number().int(),
  meetingsPotential: z.number().int(),
});
const percents = z.object({
  callsExisting: z.number().nullable(),
  callsPotential: z.number().nullable(),
  meetingsExisting: z.number().nullable(),
  meetingsPotential: z.number().nullable(),
  /** All four together. */
  total: z.number().nullable(),
});

export const planVsActualRow = z.object({
  planId: z.uuid(),
  userId: z.uuid(),
  userName: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  plan: counts,
  actual: counts,
  /** Actual as % of plan (one decimal); null where the plan is 0. */
  percent: percents,
  /** How much of the period has passed, in % (one decimal). */
  elapsedPercent: z.number(),
  version: z.number().int(),
});
export type PlanVsActualRow = z.infer<typeof planVsActualRow>;
