import { z } from 'zod';
import { expression, literal, workflowRecordType } from './common.schema.js';

/** A field change a `record.updated` trigger (or a wait) listens for: the field changed, or became `to`. */
export const fieldChange = z.strictObject({
  field: z.string().min(1).max(100),
  to: literal.optional().meta({ description: 'only when the field becomes this value' }),
});
export type FieldChange = z.infer<typeof fieldChange>;

const condition = expression.optional().meta({ description: 'run only when this expression is true' });

export const workflowTrigger = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('record.created'), recordType: workflowRecordType, condition }),
  z.strictObject({
    type: z.literal('record.updated'),
    recordType: workflowRecordType,
    changes: z
      .array(fieldChange)
      .min(1)
      .max(20)
      .optional()
      .meta({ description: 'run only when one of these fields changes (or reaches the given value)' }),
    condition,
  }),
  z.strictObject({
    type: z.literal('date'),
    recordType: workflowRecordType,
    field: z.string().min(1).max(100).meta({ description: 'the date field, e.g. expectedCloseDate' }),
    offsetDays: z
      .number()
      .int()
      .min(-3650)
      .max(3650)
      .meta({ description: 'days after the date (negative: before it)' }),
    condition,
  }),
  z.strictObject({
    type: z.literal('schedule'),
    cron: z.string().min(9).max(100).meta({ description: 'five-field cron, e.g. `0 9 * * MON`' }),
    timeZone: z.string().min(1).max(64).meta({ description: 'IANA time zone, e.g. Europe/Moscow' }),
  }),
  z.strictObject({ type: z.literal('manual'), recordType: workflowRecordType }),
  z.strictObject({
    type: z.literal('webhook'),
    recordType: workflowRecordType
      .optional()
      .meta({ description: 'when set, the request body names the record: {"recordId": "..."}' }),
  }),
]);
export type WorkflowTrigger = z.infer<typeof workflowTrigger>;
export type WorkflowTriggerType = WorkflowTrigger['type'];

/** The trigger of a stored definition (null when it has none that parses). */
export function triggerOf(definition: unknown): WorkflowTrigger | null {
  if (typeof definition !== 'object' || definition === null || !('trigger' in definition)) return null;
  const parsed = workflowTrigger.safeParse(definition.trigger);
  return parsed.success ? parsed.data : null;
}
