import { Button, Modal, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc, trpcClient } from '../../../app/trpc.js';
import type { RecordType } from '../definition.js';
import { RunDetailView } from '../runs/run-detail.js';

/** Records of a type matching a search, as select options (name or title). */
export function useRecordOptions(recordType: RecordType | null, search: string) {
  const query = useQuery({
    queryKey: ['workflows', 'record-options', recordType, search],
    enabled: recordType !== null,
    queryFn: async (): Promise<{ value: string; label: string }[]> => {
      const input = { limit: '20', ...(search ? { search } : {}) };
      if (recordType === 'deal')
        return (await trpcClient.deals.list.query(input)).items.map((d) => ({
          value: d.id,
          label: d.title ?? d.id,
        }));
      if (recordType === 'contact')
        return (await trpcClient.contacts.list.query(input)).items.map((c) => ({
          value: c.id,
          label: [c.firstName, c.lastName].filter(Boolean).join(' ') || c.id,
        }));
      if (recordType === 'account')
        return (await trpcClient.accounts.list.query(input)).items.map((a) => ({
          value: a.id,
          label: a.name ?? a.id,
        }));
      if (recordType === 'activity')
        return (await trpcClient.activities.list.query(input)).items.map((a) => ({
          value: a.id,
          label: a.subject ?? a.id,
        }));
      return [];
    },
  });
  return query.data ?? [];
}

/** Test run: pick a record, start the published version on it, and follow the run. */
export function TestRunModal({
  workflowId,
  recordType,
  opened,
  onClose,
}: {
  workflowId: string;
  recordType: RecordType | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [recordId, setRecordId] = useState<string | null>(null);
  const options = useRecordOptions(recordType, debounced);
  const run = useMutation(trpc.workflows.run.mutationOptions());
  return (
    <Modal opened={opened} onClose={onClose} title={t('wf.editor.testRun')} size="xl">
      <Stack>
        <Text size="sm" c="dimmed">
          {t('wf.runs.testHint')}
        </Text>
        <Select
          label={t('wf.runs.pickRecord')}
          description={t('wf.runs.pickRecordHelp')}
          searchable
          data={options}
          value={recordId}
          onChange={setRecordId}
          searchValue={search}
          onSearchChange={setSearch}
          data-testid="wf-test-record"
        />
        <Button
          disabled={!recordId}
          loading={run.isPending}
          onClick={() => {
            if (recordId) run.mutate({ id: workflowId, recordId });
          }}
        >
          {t('wf.runs.runNow')}
        </Button>
        {run.isError && (
          <Text c="red" size="sm">
            {run.error.message}
          </Text>
        )}
        {run.data && <RunDetailView runId={run.data.id} />}
      </Stack>
    </Modal>
  );
}
