import { Table } from '@mantine/core';
import { useFormat, useTexts } from '@crm/ui';
import { texts } from '../texts.js';
import type { Usage } from '../types.js';

interface MonthUsage {
  month: string;
  data: number;
  voice: number;
  sms: number;
}

const amountOf = (usage: Usage) => {
  const value = usage.usageCharacteristic.find((c) => c.valueType === 'number')?.value;
  return typeof value === 'number' ? value : Number(value ?? 0);
};

/** The client's usage summed per month (TMF635 records: data in GB, voice in minutes, SMS). */
export function summariseUsage(items: readonly Usage[]): MonthUsage[] {
  const months = new Map<string, MonthUsage>();
  for (const usage of items) {
    const month = usage.usageDate.slice(0, 7);
    const row = months.get(month) ?? { month, data: 0, voice: 0, sms: 0 };
    row[usage.usageType] += amountOf(usage);
    months.set(month, row);
  }
  return [...months.values()].sort((a, b) => b.month.localeCompare(a.month));
}

export function UsageSummary({ items }: { items: readonly Usage[] }) {
  const t = useTexts(texts);
  const f = useFormat();
  const monthName = new Intl.DateTimeFormat(f.locale, { month: 'long', year: 'numeric' });
  return (
    <Table data-testid="usage-summary">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('usage.month')}</Table.Th>
          <Table.Th ta="right">{t('usage.data')}</Table.Th>
          <Table.Th ta="right">{t('usage.voice')}</Table.Th>
          <Table.Th ta="right">{t('usage.sms')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {summariseUsage(items).map((m) => (
          <Table.Tr key={m.month}>
            <Table.Td>{monthName.format(new Date(`${m.month}-15T12:00:00Z`))}</Table.Td>
            <Table.Td ta="right">{f.number(Math.round(m.data * 100) / 100)}</Table.Td>
            <Table.Td ta="right">{f.number(Math.round(m.voice))}</Table.Td>
            <Table.Td ta="right">{f.number(Math.round(m.sms))}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
