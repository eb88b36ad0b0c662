import { newId } from '@crm/core';
import type { RealestateDb } from '../../db.js';
import type { ChangeType } from './reso-values.js';

export interface HistoryEntry {
  FieldName: string;
  PreviousValue: unknown;
  NewValue: unknown;
  ChangeType: ChangeType | 'Verification' | 'Merge' | 'Update';
}

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * Appends changes of one object to its history (RESO HistoryTransactional): the field, the values
 * before and after, the RESO ChangeType (or the CRM's own kinds: Verification, Merge, Update) and
 * who changed it (null: the system).
 */
export async function recordHistory(
  rdb: RealestateDb,
  tenantId: string,
  ListingKey: string,
  changedBy: string | null,
  entries: readonly HistoryEntry[],
  at = new Date(),
): Promise<void> {
  if (entries.length === 0) return;
  await rdb.realestatePropertyHistory.createMany({
    data: entries.map((entry) => ({
      tenantId,
      id: newId(),
      ListingKey,
      FieldName: entry.FieldName,
      PreviousValue: asText(entry.PreviousValue),
      NewValue: asText(entry.NewValue),
      ChangeType: entry.ChangeType,
      ChangedByMemberKey: changedBy,
      ModificationTimestamp: at,
    })),
  });
}
