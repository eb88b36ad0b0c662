import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';

export const stopKinds = ['pickup', 'delivery', 'waypoint'] as const;
export type StopKind = (typeof stopKinds)[number];

export const place = z.string().trim().min(2).max(300);

const routeStopInput = z.strictObject({
  kind: z.enum(stopKinds),
  place,
  /** Minutes from the route's start to the arrival at this stop. */
  offsetMinutes: z
    .number()
    .int()
    .min(0)
    .max(60 * 24 * 30)
    .optional(),
  /** Minutes spent at the stop (loading, unloading). */
  dwellMinutes: z
    .number()
    .int()
    .min(0)
    .max(60 * 24 * 7)
    .optional(),
});

/** Stops in order: at least a start and an end, planned times never going back. */
export const routeStops = z
  .array(routeStopInput)
  .min(2)
  .max(50)
  .superRefine((stops, issue) => {
    stops.forEach((stop, index) => {
      const previous = index > 0 ? stops[index - 1] : undefined;
      if (previous && (stop.offsetMinutes ?? 0) < (previous.offsetMinutes ?? 0)) {
        issue.addIssue({
          code: 'custom',
          path: [index, 'offsetMinutes'],
          message: 'must not be earlier than the previous stop',
        });
      }
    });
  });

export const createRouteInput = z.strictObject({
  code: z.string().trim().min(1).max(40),
  name: z.string().trim().min(1).max(200),
  notes: z.string().trim().max(2000).nullable().optional(),
  stops: routeStops,
});
export type CreateRouteInput = z.infer<typeof createRouteInput>;

export const listRoutesInput = z.object({
  search: z.string().trim().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListRoutesInput = z.infer<typeof listRoutesInput>;

export const routeSelect = {
  id: true,
  tenantId: true,
  code: true,
  name: true,
  notes: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  stops: {
    select: { sequence: true, kind: true, place: true, offsetMinutes: true, dwellMinutes: true },
    orderBy: { sequence: 'asc' },
  },
} satisfies Prisma.LogisticsRouteSelect;

export const routeStopOutput = z.object({
  sequence: z.number().int(),
  kind: z.enum(stopKinds),
  place: z.string(),
  offsetMinutes: z.number().int(),
  dwellMinutes: z.number().int(),
});

export const routeOutput = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  code: z.string(),
  name: z.string(),
  notes: z.string().nullable(),
  stops: z.array(routeStopOutput),
  version: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type RouteOutput = z.infer<typeof routeOutput>;
