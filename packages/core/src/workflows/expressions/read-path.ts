import { readProperty, type Value } from './values.js';

/** Reads a dotted path (`customFields.discount`) from a value; null when any part is missing. */
export function readPath(value: Value, path: string): Value {
  let current = value;
  for (const part of path.split('.')) current = readProperty(current, part, 0);
  return current;
}
