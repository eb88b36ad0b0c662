// Pure: whether a record change matches a trigger's or a wait's `changes` (shared by the trigger router
// and the interpreter, so both read the definition the same way).
import { readPath } from '../expressions/read-path.js';
import { equal, toValue, type Value } from '../expressions/values.js';

export interface ChangeSpec {
  field: string;
  to?: string | number | boolean | null | undefined;
}

/**
 * True when one of `changes` is among the changed fields (custom fields change as `customFields`) and,
 * when it names a value `to`, the record now holds it. No `changes`: any change matches.
 */
export function changeMatches(
  changes: ChangeSpec[] | undefined,
  changed: string[],
  record: unknown,
): boolean {
  if (!changes || changes.length === 0) return true;
  const value: Value = toValue(record);
  return changes.some((change) => {
    const top = change.field.split('.')[0] ?? change.field;
    if (!changed.includes(change.field) && !changed.includes(top)) return false;
    return change.to === undefined || equal(readPath(value, change.field), change.to);
  });
}

/** True when every change that names a value `to` already holds on the record (and at least one does). */
export function targetValuesHold(changes: ChangeSpec[] | undefined, record: unknown): boolean {
  const targets = (changes ?? []).filter((change) => change.to !== undefined);
  if (targets.length === 0) return false;
  const value = toValue(record);
  return targets.some((change) => equal(readPath(value, change.field), change.to ?? null));
}
