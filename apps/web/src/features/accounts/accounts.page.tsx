import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../app/api-types.js';
import { trpcClient } from '../../app/trpc.js';
import { toListInput } from '../records/list-query.js';
import { ownerAndDateColumns } from '../records/record-columns.js';
import { RecordList } from '../records/record-list.js';
import type { RecordListConfig } from '../records/record-list.types.js';
import { CreateAccountForm } from './create-account-form.js';

export function AccountsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const config: RecordListConfig<Account> = {
    objectType: 'account',
    title: t('nav.accounts'),
    columns: [
      { id: 'name', label: t('fields.name'), width: 260, render: (row) => row.name },
      { id: 'inn', label: t('fields.inn'), width: 140, render: (row) => row.taxId ?? '—' },
      { id: 'industry', label: t('fields.industry'), width: 180, render: (row) => row.industry ?? '—' },
      { id: 'phone', label: t('fields.phone'), width: 160, render: (row) => row.phone ?? '—' },
      ...ownerAndDateColumns<Account>(t),
    ],
    defaultColumns: ['name', 'inn', 'industry', 'owner', 'updatedAt'],
    sortOptions: [
      { value: 'updatedAt', label: t('fields.updatedAt') },
      { value: 'createdAt', label: t('fields.createdAt') },
      { value: 'name', label: t('fields.name') },
    ],
    defaultSort: '-updatedAt',
    fetchPage: (params, cursor) => trpcClient.accounts.list.query(toListInput(params, cursor)),
    open: (row) => void navigate({ to: '/accounts/$id', params: { id: row.id } }),
    exportPath: '/api/v1/accounts/export.csv',
    tagRecordType: 'account',
    assignOwner: (row, ownerId) =>
      trpcClient.accounts.update.mutate({ id: row.id, ownerId, expectedVersion: row.version }),
    remove: (row) => trpcClient.accounts.delete.mutate({ id: row.id }),
    createForm: CreateAccountForm,
  };
  return <RecordList config={config} />;
}
