import type { Prisma } from '../generated/prisma/client.js';

/**
 * A value for a JSON column. Callers pass plain data that came from parsed JSON or from typed
 * constants (validated custom field values, role permissions), so it is JSON by construction.
 */
export function toJsonObject(values: object): Prisma.InputJsonObject {
  return values;
}
