import { planMetrics, type MetricCounts, type PlanVsActualRow } from './plan.schema.js';

const DAY_MS = 86_400_000;
const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** Actual as % of plan per metric and in total (null where nothing was planned). */
export function percentOfPlan(plan: MetricCounts, actual: MetricCounts): PlanVsActualRow['percent'] {
  const percent = (done: number, planned: number) =>
    planned === 0 ? null : oneDecimal((done / planned) * 100);
  const sum = (counts: MetricCounts) => planMetrics.reduce((total, metric) => total + counts[metric], 0);
  return {
    callsExisting: percent(actual.callsExisting, plan.callsExisting),
    callsPotential: percent(actual.callsPotential, plan.callsPotential),
    meetingsExisting: percent(actual.meetingsExisting, plan.meetingsExisting),
    meetingsPotential: percent(actual.meetingsPotential, plan.meetingsPotential),
    total: percent(sum(actual), sum(plan)),
  };
}

/** How much of a period (whole days, inclusive) has passed on `day`, 0–100. */
export function elapsedPercent(periodStart: Date, periodEnd: Date, day: Date): number {
  const days = (periodEnd.getTime() - periodStart.getTime()) / DAY_MS + 1;
  const passed = Math.min(Math.max((day.getTime() - periodStart.getTime()) / DAY_MS + 1, 0), days);
  return oneDecimal((passed / days) * 100);
}

/** The first day of the second half of a period: when the mid-period check looks at a plan. */
export function midPeriod(periodStart: Date, periodEnd: Date): Date {
  const days = (periodEnd.getTime() - periodStart.getTime()) / DAY_MS + 1;
  return new Date(periodStart.getTime() + Math.floor(days / 2) * DAY_MS);
}
