import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../app/api-types.js';
import { trpcClient } from '../../app/trpc.js';
import { toListInput } from '../records/list-query.js';
import { ownerAndDateColumns } from '../records/record-columns.js';
import { RecordList } from '../records/record-list.js';
import type { RecordListConfig } from '../records/record-list.types.js';
import { contactName } from './contact-name.js';
import { CreateContactForm } from './create-contact-form.js';

export function ContactsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const config: RecordListConfig<Contact> = {
    objectType: 'contact',
    title: t('nav.contacts'),
    columns: [
      { id: 'name', label: t('fields.fullName'), width: 240, render: (row) => contactName(row) },
      { id: 'email', label: t('fields.email'), width: 240, render: (row) => row.emails?.[0] ?? '—' },
      { id: 'phone', label: t('fields.phone'), width: 160, render: (row) => row.phones?.[0] ?? '—' },
      { id: 'position', label: t('fields.position'), width: 180, render: (row) => row.position ?? '—' },
      ...ownerAndDateColumns<Contact>(t),
    ],
    defaultColumns: ['name', 'email', 'phone', 'owner', 'updatedAt'],
    sortOptions: [
      { value: 'updatedAt', label: t('fields.updatedAt') },
      { value: 'createdAt', label: t('fields.createdAt') },
      { value: 'firstName', label: t('fields.firstName') },
    ],
    defaultSort: '-updatedAt',
    fetchPage: (params, cursor) => trpcClient.contacts.list.query(toListInput(params, cursor)),
    open: (row) => void navigate({ to: '/contacts/$id', params: { id: row.id } }),
    exportPath: '/api/v1/contacts/export.csv',
    tagRecordType: 'contact',
    assignOwner: (row, ownerId) =>
      trpcClient.contacts.update.mutate({ id: row.id, ownerId, expectedVersion: row.version }),
    remove: (row) => trpcClient.contacts.delete.mutate({ id: row.id }),
    createForm: CreateContactForm,
  };
  return <RecordList config={config} />;
}
