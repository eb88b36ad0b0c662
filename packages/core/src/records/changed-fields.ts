import { isDeepStrictEqual } from 'node:util';

const ignored = new Set(['version', 'updatedAt', 'createdAt']);

/** The fields that differ between two versions of a record, as audit-log before/after objects. */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const diff = { before: {} as Record<string, unknown>, after: {} as Record<string, unknown> };
  for (const key of Object.keys(after)) {
    if (ignored.has(key)) continue;
    if (!isDeepStrictEqual(before[key], after[key])) {
      diff.before[key] = before[key];
      diff.after[key] = after[key];
    }
  }
  return diff;
}
