import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Deal } from '../../app/api-types.js';
import { trpcClient } from '../../app/trpc.js';
import { toListInput } from '../records/list-query.js';
import { ownerAndDateColumns } from '../records/record-columns.js';
import { RecordList } from '../records/record-list.js';
import type { RecordListConfig } from '../records/record-list.types.js';

export function DealsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const config: RecordListConfig<Deal> = {
    objectType: 'deal',
    title: t('nav.deals'),
    columns: [
      { id: 'title', label: t('fields.title'), width: 280, render: (row) => row.title ?? '—' },
      {
        id: 'amount',
        label: t('fields.amount'),
        width: 160,
        render: (row, f) => f.money(row.amount, row.currency),
      },
      {
        id: 'status',
        label: t('fields.status'),
        width: 120,
        render: (row) => <span className="list-badge">{t(`status.${row.status}`)}</span>,
      },
      {
        id: 'close',
        label: t('fields.expectedCloseDate'),
        width: 150,
        render: (row, f) => f.date(row.expectedCloseDate),
      },
      {
        id: 'stageChangedAt',
        label: t('fields.stageChangedAt'),
        width: 170,
        render: (row, f) => f.dateTime(row.stageChangedAt),
      },
      ...ownerAndDateColumns<Deal>(t),
    ],
    defaultColumns: ['title', 'amount', 'status', 'close', 'owner'],
    sortOptions: [
      { value: 'updatedAt', label: t('fields.updatedAt') },
      { value: 'createdAt', label: t('fields.createdAt') },
      { value: 'title', label: t('fields.title') },
      { value: 'stageChangedAt', label: t('fields.stageChangedAt') },
    ],
    defaultSort: '-updatedAt',
    fetchPage: (params, cursor) => trpcClient.deals.list.query(toListInput(params, cursor)),
    open: (row) => void navigate({ to: '/deals/$id', params: { id: row.id } }),
    exportPath: '/api/v1/deals/export.csv',
    tagRecordType: 'deal',
    assignOwner: (row, ownerId) =>
      trpcClient.deals.update.mutate({ id: row.id, ownerId, expectedVersion: row.version }),
    remove: (row) => trpcClient.deals.delete.mutate({ id: row.id }),
  };
  return <RecordList config={config} />;
}
