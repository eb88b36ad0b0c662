import { z } from 'zod';

/** Per-tenant settings of the logistics plugin, validated when a tenant admin enables it. */
export const logisticsConfig = z.strictObject({
  /** Default length of a vehicle reservation, in hours, offered by the UI and the workflow step. */
  reservationHours: z.number().int().min(1).max(336).default(4),
  /** Days before a contract's end at which the renewal countdown starts. */
  renewalHorizonDays: z.number().int().min(30).max(365).default(90),
  /** Write the demo fleet, profiles and contracts when enabled. */
  seedDemoData: z.boolean().default(true),
});
export type LogisticsConfig = z.output<typeof logisticsConfig>;
