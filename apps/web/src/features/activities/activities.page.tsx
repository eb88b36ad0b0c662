import { useTranslation } from 'react-i18next';
import type { Activity } from '../../app/api-types.js';
import { trpcClient } from '../../app/trpc.js';
import { toListInput } from '../records/list-query.js';
import { ownerAndDateColumns } from '../records/record-columns.js';
import { RecordList } from '../records/record-list.js';
import type { RecordListConfig } from '../records/record-list.types.js';

export function ActivitiesPage() {
  const { t } = useTranslation();
  const config: RecordListConfig<Activity> = {
    objectType: 'activity',
    title: t('nav.activities'),
    columns: [
      {
        id: 'type',
        label: t('fields.type'),
        width: 120,
        render: (row) => <span className="list-badge">{t(`activityType.${row.type}`)}</span>,
      },
      { id: 'subject', label: t('fields.subject'), width: 300, render: (row) => row.subject },
      { id: 'dueAt', label: t('fields.dueAt'), width: 170, render: (row, f) => f.dateTime(row.dueAt) },
      {
        id: 'done',
        label: t('fields.completedAt'),
        width: 170,
        render: (row, f) => (row.done ? f.dateTime(row.completedAt) : '—'),
      },
      ...ownerAndDateColumns<Activity>(t),
    ],
    defaultColumns: ['type', 'subject', 'dueAt', 'done', 'owner'],
    sortOptions: [
      { value: 'updatedAt', label: t('fields.updatedAt') },
      { value: 'createdAt', label: t('fields.createdAt') },
      { value: 'dueAt', label: t('fields.dueAt') },
    ],
    defaultSort: '-updatedAt',
    fetchPage: (params, cursor) => trpcClient.activities.list.query(toListInput(params, cursor)),
    assignOwner: (row, ownerId) =>
      trpcClient.activities.update.mutate({ id: row.id, ownerId, expectedVersion: row.version }),
    remove: (row) => trpcClient.activities.delete.mutate({ id: row.id }),
  };
  return <RecordList config={config} />;
}
