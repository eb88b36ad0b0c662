import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../lib/links.js';
import { ErrorState, PageLoader } from '../../app/route-states.js';
import { useCan } from '../../app/session.js';
import { trpc, trpcClient } from '../../app/trpc.js';
import { useFormat } from '../../lib/format.js';
import { Field } from '../records/field.js';
import { contactName } from '../contacts/contact-name.js';
import { CustomFieldValues } from '../records/custom-field-values.js';
import { EditableFact, OwnerFact } from '../records/header-facts.js';
import { InlineText } from '../records/inline-text.js';
import { RecordLayout } from '../records/record-layout.js';
import { useRecordUpdate } from '../records/use-record-update.js';

export function AccountPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id } = useParams({ from: '/app/accounts/$id' });
  const options = trpc.accounts.get.queryOptions({ id });
  const account = useQuery(options);
  const seesContacts = useCan('read', 'Contact');
  const seesDeals = useCan('read', 'Deal');
  const contacts = useQuery({
    ...trpc.contacts.list.queryOptions({ accountId: id, limit: '50' }),
    enabled: seesContacts,
  });
  const deals = useQuery({
    ...trpc.deals.list.queryOptions({ accountId: id, limit: '50' }),
    enabled: seesDeals,
  });
  const update = useRecordUpdate(options.queryKey, ['timeline', 'account', id]);
  if (account.isPending) return <PageLoader />;
  if (account.isError) return <ErrorState error={account.error} />;
  const record = account.data;
  const save = (patch: {
    name?: string;
    taxId?: string | null;
    industry?: string | null;
    phone?: string | null;
    customFields?: Record<string, unknown>;
  }) => update(() => trpcClient.accounts.update.mutate({ id, expectedVersion: record.version, ...patch }));
  return (
    <RecordLayout
      type="account"
      id={id}
      name={record.name ?? ''}
      title={
        <InlineText
          size="xl"
          label={t('fields.name')}
          value={record.name ?? ''}
          onSave={(name) => save({ name })}
        />
      }
      header={
        <>
          <EditableFact
            label={t('fields.inn')}
            value={record.taxId ?? ''}
            onSave={(taxId) => save({ taxId: taxId || null })}
          />
          <EditableFact
            label={t('fields.industry')}
            value={record.industry ?? ''}
            onSave={(industry) => save({ industry: industry || null })}
          />
          <EditableFact
            label={t('fields.phone')}
            value={record.phone ?? ''}
            onSave={(phone) => save({ phone: phone || null })}
          />
          <OwnerFact ownerId={record.ownerId} />
        </>
      }
      details={
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Field label={t('fields.domain')} value={record.website ?? ''} />
          <Field label={t('fields.createdAt')} value={format.dateTime(record.createdAt)} />
          <Field label={t('fields.updatedAt')} value={format.dateTime(record.updatedAt)} />
          <CustomFieldValues
            objectType="account"
            values={record.customFields}
            onSave={(customFields) => save({ customFields })}
          />
        </SimpleGrid>
      }
      related={
        <Stack gap="xs">
          {seesContacts && (
            <>
              <Text fw={600}>{t('record.contacts')}</Text>
              {(contacts.data?.items ?? []).map((contact) => (
                <AnchorLink key={contact.id} to="/contacts/$id" params={{ id: contact.id }}>
                  {contactName(contact)}
                </AnchorLink>
              ))}
            </>
          )}
          {seesDeals && (
            <>
              <Text fw={600} mt={seesContacts ? 'sm' : 0}>
                {t('record.deals')}
              </Text>
              {(deals.data?.items ?? []).map((deal) => (
                <AnchorLink key={deal.id} to="/deals/$id" params={{ id: deal.id }}>
                  {deal.title} · {format.money(deal.amount, deal.currency)}
                </AnchorLink>
              ))}
            </>
          )}
        </Stack>
      }
    />
  );
}
