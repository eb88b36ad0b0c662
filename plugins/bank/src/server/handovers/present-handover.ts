import { moneyText } from '../shared/money.js';
import { handoverStatuses, type HandoverOutput, type HandoverRow } from './handover.schema.js';

export function presentHandover(row: HandoverRow, exportsFrozen: boolean): HandoverOutput {
  return {
    ...row,
    status: handoverStatuses.find((s) => s === row.status) ?? 'open',
    exportsFrozen,
    clients: row.clients.map((c) => ({ ...c, balanceAtHandover: moneyText(c.balanceAtHandover) })),
  };
}
