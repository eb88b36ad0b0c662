import { Badge, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { AnchorLink } from '../../lib/links.js';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorState, PageLoader } from '../../app/route-states.js';
import { trpc, trpcClient } from '../../app/trpc.js';
import { useFormat } from '../../lib/format.js';
import { Field } from '../records/field.js';
import { CustomFieldValues } from '../records/custom-field-values.js';
import { EditableFact, Fact, OwnerFact } from '../records/header-facts.js';
import { InlineText } from '../records/inline-text.js';
import { RecordLayout } from '../records/record-layout.js';
import { useRecordUpdate } from '../records/use-record-update.js';

export function DealPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id } = useParams({ from: '/app/deals/$id' });
  const options = trpc.deals.get.queryOptions({ id });
  const deal = useQuery(options);
  const pipeline = useQuery({
    ...trpc.pipelines.get.queryOptions({ id: deal.data?.pipelineId ?? '' }),
    enabled: Boolean(deal.data),
  });
  const update = useRecordUpdate(options.queryKey, ['timeline', 'deal', id]);
  if (deal.isPending) return <PageLoader />;
  if (deal.isError) return <ErrorState error={deal.error} />;
  const record = deal.data;
  const save = (patch: {
    title?: string;
    amount?: string | null;
    stageId?: string;
    expectedCloseDate?: string | null;
    customFields?: Record<string, unknown>;
  }) => update(() => trpcClient.deals.update.mutate({ id, expectedVersion: record.version, ...patch }));
  const stages = [...(pipeline.data?.stages ?? [])].sort((a, b) => a.position - b.position);
  return (
    <RecordLayout
      type="deal"
      id={id}
      name={record.title ?? ''}
      title={
        <InlineText
          size="xl"
          label={t('fields.title')}
          value={record.title ?? ''}
          onSave={(title) => save({ title })}
          testId="deal-title"
        />
      }
      header={
        <>
          <EditableFact
            label={t('fields.amount')}
            value={record.amount ?? ''}
            display={format.money(record.amount, record.currency)}
            onSave={(amount) =>
              save({ amount: amount.trim() ? amount.trim().replace(',', '.').replace(/\s/g, '') : null })
            }
          />
          <Select
            label={t('fields.stage')}
            w={220}
            allowDeselect={false}
            value={record.stageId}
            data={stages.map((stage) => ({ value: stage.id, label: stage.name }))}
            onChange={(stageId) => {
              if (stageId && stageId !== record.stageId) void save({ stageId }).catch(() => undefined);
            }}
            data-testid="deal-stage"
          />
          <Fact label={t('fields.status')}>
            <Badge color={record.status === 'won' ? 'green' : record.status === 'lost' ? 'red' : 'blue'}>
              {t(`status.${record.status}`)}
            </Badge>
          </Fact>
          <OwnerFact ownerId={record.ownerId} />
        </>
      }
      details={
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Field label={t('fields.pipeline')} value={pipeline.data?.name ?? ''} />
          <Field label={t('fields.expectedCloseDate')} value={format.date(record.expectedCloseDate)} />
          <Field label={t('fields.stageChangedAt')} value={format.dateTime(record.stageChangedAt)} />
          <Field label={t('fields.createdAt')} value={format.dateTime(record.createdAt)} />
          <CustomFieldValues
            objectType="deal"
            values={record.customFields}
            onSave={(customFields) => save({ customFields })}
          />
        </SimpleGrid>
      }
      related={
        <Stack gap="xs">
          <Text fw={600}>{t('record.contacts')}</Text>
          {record.contacts.length === 0 && <Text c="dimmed">{t('record.noRelated')}</Text>}
          {record.contacts.map((link) => (
            <RelatedContact key={link.contactId} id={link.contactId} />
          ))}
          {record.accountId && (
            <AnchorLink to="/accounts/$id" params={{ id: record.accountId }}>
              {t('fields.account')}
            </AnchorLink>
          )}
        </Stack>
      }
    />
  );
}

function RelatedContact({ id }: { id: string }) {
  const contact = useQuery(trpc.contacts.get.queryOptions({ id }));
  return (
    <AnchorLink to="/contacts/$id" params={{ id }}>
      {contact.data?.fullName ?? contact.data?.firstName ?? '…'}
    </AnchorLink>
  );
}
