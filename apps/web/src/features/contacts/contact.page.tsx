import { Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../lib/links.js';
import { ErrorState, PageLoader } from '../../app/route-states.js';
import { useCan } from '../../app/session.js';
import { trpc, trpcClient } from '../../app/trpc.js';
import { useFormat } from '../../lib/format.js';
import { EditableFact, OwnerFact } from '../records/header-facts.js';
import { InlineText } from '../records/inline-text.js';
import { RecordLayout } from '../records/record-layout.js';
import { CustomFieldValues } from '../records/custom-field-values.js';
import { useRecordUpdate } from '../records/use-record-update.js';
import { contactName } from './contact-name.js';
import { Field } from '../records/field.js';

export function ContactPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id } = useParams({ from: '/app/contacts/$id' });
  const options = trpc.contacts.get.queryOptions({ id });
  const contact = useQuery(options);
  const seesDeals = useCan('read', 'Deal');
  const deals = useQuery({
    ...trpc.deals.list.queryOptions({ contactId: id, limit: '50' }),
    enabled: seesDeals,
  });
  const update = useRecordUpdate(options.queryKey, ['timeline', 'contact', id]);
  if (contact.isPending) return <PageLoader />;
  if (contact.isError) return <ErrorState error={contact.error} />;
  const record = contact.data;
  const save = (patch: {
    firstName?: string;
    lastName?: string | null;
    position?: string | null;
    emails?: string[];
    phones?: string[];
    customFields?: Record<string, unknown>;
  }) => update(() => trpcClient.contacts.update.mutate({ id, expectedVersion: record.version, ...patch }));
  const name = contactName(record);
  return (
    <RecordLayout
      type="contact"
      id={id}
      name={name}
      title={
        <Group gap="md">
          <InlineText
            size="xl"
            label={t('fields.firstName')}
            value={record.firstName ?? ''}
            onSave={(firstName) => save({ firstName })}
            testId="contact-first-name"
          />
          <InlineText
            size="xl"
            label={t('fields.lastName')}
            value={record.lastName ?? ''}
            onSave={(lastName) => save({ lastName: lastName || null })}
          />
        </Group>
      }
      header={
        <>
          <EditableFact
            label={t('fields.position')}
            value={record.position ?? ''}
            onSave={(position) => save({ position: position || null })}
          />
          <EditableFact
            label={t('fields.email')}
            value={record.emails?.[0] ?? ''}
            onSave={(email) =>
              save({
                emails: email ? [email, ...(record.emails ?? []).slice(1)] : (record.emails ?? []).slice(1),
              })
            }
          />
          <EditableFact
            label={t('fields.phone')}
            value={record.phones?.[0] ?? ''}
            onSave={(phone) =>
              save({
                phones: phone ? [phone, ...(record.phones ?? []).slice(1)] : (record.phones ?? []).slice(1),
              })
            }
          />
          <OwnerFact ownerId={record.ownerId} />
        </>
      }
      details={
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Field label={t('fields.emails')} value={(record.emails ?? []).join(', ')} />
          <Field label={t('fields.phones')} value={(record.phones ?? []).join(', ')} />
          <Field label={t('fields.createdAt')} value={format.dateTime(record.createdAt)} />
          <Field label={t('fields.updatedAt')} value={format.dateTime(record.updatedAt)} />
          <CustomFieldValues
            objectType="contact"
            values={record.customFields}
            onSave={(customFields) => save({ customFields })}
          />
        </SimpleGrid>
      }
      related={
        <Stack gap="xs">
          {seesDeals && (
            <>
              <Text fw={600}>{t('record.deals')}</Text>
              {(deals.data?.items ?? []).length === 0 && <Text c="dimmed">{t('record.noRelated')}</Text>}
              {(deals.data?.items ?? []).map((deal) => (
                <AnchorLink key={deal.id} to="/deals/$id" params={{ id: deal.id }}>
                  {deal.title} · {format.money(deal.amount, deal.currency)}
                </AnchorLink>
              ))}
            </>
          )}
          <Text fw={600} mt={seesDeals ? 'sm' : 0}>
            {t('record.related')}: {t('nav.accounts')}
          </Text>
          {record.accounts.map((link) => (
            <AnchorLink key={link.accountId} to="/accounts/$id" params={{ id: link.accountId }}>
              {link.role ?? link.accountId}
            </AnchorLink>
          ))}
        </Stack>
      }
    />
  );
}
