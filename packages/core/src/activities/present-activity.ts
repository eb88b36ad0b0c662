import { hiddenFields } from '../authz/index.js';
import type { TenantContext } from '../records/context.js';
import {
  activityHideableFields,
  type ActivityOutput,
  type ActivityRow,
  type ActivityType,
} from './activity.schema.js';

/** The activity as the actor may see it: fields hidden from the actor's role removed. */
export function presentActivity(ctx: TenantContext, row: ActivityRow): ActivityOutput {
  // The table's CHECK constraint admits only the known types.
  const output: ActivityOutput = { ...row, type: row.type as ActivityType };
  for (const field of hiddenFields(ctx.ability, 'Activity', activityHideableFields)) {
    Reflect.deleteProperty(output, field);
  }
  return output;
}
