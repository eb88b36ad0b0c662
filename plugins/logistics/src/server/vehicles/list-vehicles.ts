import { AppError, authorize, type ListPage } from '@crm/core';
import { z } from 'zod';
import type { LogisticsContext } from '../../db.js';
import { presentVehicle } from './present-vehicle.js';
import { releaseExpiredReservations } from './release-expired-reservations.js';
import { vehicleSelect, type ListVehiclesInput, type VehicleOutput } from './vehicle.schema.js';

const cursorShape = z.object({ plate: z.string(), id: z.uuid() });

function decodeCursor(cursor: string): z.infer<typeof cursorShape> {
  try {
    return cursorShape.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw AppError.invalid([{ field: 'cursor', message: 'is not a cursor returned by this list' }]);
  }
}

const encodeCursor = (plate: string, id: string) =>
  Buffer.from(JSON.stringify({ plate, id })).toString('base64url');

/** The fleet by plate number, filtered by status or a plate / make / model fragment. */
export async function listVehicles(
  ctx: LogisticsContext,
  input: ListVehiclesInput,
): Promise<ListPage<VehicleOutput>> {
  authorize(ctx.ability, 'read', 'logistics.Vehicle');
  await releaseExpiredReservations(ctx.ldb, ctx.actor.tenantId);
  const after = input.cursor ? decodeCursor(input.cursor) : null;
  const text = input.search ? { contains: input.search, mode: 'insensitive' as const } : undefined;
  const rows = await ctx.ldb.logisticsVehicle.findMany({
    where: {
      AND: [
        { tenantId: ctx.actor.tenantId },
        input.status ? { status: input.status } : {},
        text ? { OR: [{ plateNumber: text }, { make: text }, { model: text }] } : {},
        after
          ? { OR: [{ plateNumber: { gt: after.plate } }, { plateNumber: after.plate, id: { gt: after.id } }] }
          : {},
      ],
    },
    orderBy: [{ plateNumber: 'asc' }, { id: 'asc' }],
    take: input.limit + 1,
    select: vehicleSelect,
  });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(presentVehicle),
    nextCursor: rows.length > input.limit && last ? encodeCursor(last.plateNumber, last.id) : null,
  };
}
