import type { Prisma } from '../../generated/prisma/client.js';
import { oneOf } from '../values.js';
import type { ShowingOutput, showingSelect } from './showing.schema.js';
import {
  allowedShowingTransitions,
  showingMethods,
  showingRequestTypes,
  showingStatuses,
} from './showing-state-machine.js';

type ShowingRow = Prisma.RealestateShowingGetPayload<{ select: typeof showingSelect }>;

export function presentShowing(row: ShowingRow): ShowingOutput {
  const { property, ...rest } = row;
  const status = oneOf(showingStatuses, row.ShowingAppointmentStatus);
  return {
    ...rest,
    ...property,
    ShowingRequestType: oneOf(showingRequestTypes, row.ShowingRequestType),
    ShowingAppointmentMethod: oneOf(showingMethods, row.ShowingAppointmentMethod),
    ShowingAppointmentStatus: status,
    allowedTransitions: [...allowedShowingTransitions(status)],
  };
}
