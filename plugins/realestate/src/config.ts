import { z } from 'zod';

/** Per-tenant settings of the real-estate plugin, validated when a tenant admin enables it. */
export const realestateConfig = z.strictObject({
  /** Days a verification holds before the object becomes Stale and needs re-checking. */
  reverifyDays: z.number().int().min(1).max(365).default(30),
  /** Living areas within this many percent of each other count as the same (duplicate detection). */
  duplicateAreaTolerancePct: z.number().min(0).max(20).default(3),
  /** List prices within this many percent count as similar (duplicate detection). */
  duplicatePriceTolerancePct: z.number().min(0).max(50).default(10),
  /** Duplicate candidates scoring at least this (0..1) are recorded for review. */
  duplicateThreshold: z.number().min(0.3).max(1).default(0.6),
  /** Hours before a confirmed showing at which the agent gets a reminder. */
  showingReminderHours: z.number().int().min(1).max(72).default(24),
  /** Hours after a showing ends at which the feedback task is created. */
  feedbackAfterHours: z.number().int().min(0).max(168).default(2),
  /** Write the demo districts, objects, buyers and showings when enabled. */
  seedDemoData: z.boolean().default(true),
});
export type RealestateConfig = z.output<typeof realestateConfig>;
