import { Button, Group, Select, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../../app/trpc.js';
import { RunList } from './run-list.js';

/**
 * The "Workflows" tab of a record page: the runs on the record, and a button to start a published
 * manual workflow of the record's type on it.
 */
export function RecordWorkflowsTab({ type, id }: { type: 'contact' | 'account' | 'deal'; id: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [workflowId, setWorkflowId] = useState<string | null>(null);
  const manual = useQuery({
    ...trpc.workflows.list.queryOptions({ status: 'published', limit: 200 }),
    retry: false,
    select: (data) => data.items.filter((w) => w.triggerType === 'manual' && w.recordType === type),
  });
  const start = useMutation(
    trpc.workflows.run.mutationOptions({
      onSuccess: async () => {
        notifications.show({ color: 'green', message: t('wf.runs.started_ok') });
        await queryClient.invalidateQueries({ queryKey: trpc.workflowRuns.list.pathKey() });
      },
      onError: (error) => notifications.show({ color: 'red', message: error.message }),
    }),
  );
  const options = (manual.data ?? []).map((w) => ({ value: w.id, label: w.name }));
  return (
    <Stack>
      {options.length > 0 && (
        <Group align="flex-end">
          <Select
            label={t('wf.runs.runOn')}
            data={options}
            value={workflowId}
            onChange={setWorkflowId}
            w={320}
            data-testid="wf-record-run-select"
          />
          <Button
            disabled={!workflowId}
            loading={start.isPending}
            onClick={() => {
              if (workflowId) start.mutate({ id: workflowId, recordId: id });
            }}
          >
            {t('wf.runs.runNow')}
          </Button>
        </Group>
      )}
      <RunList recordId={id} />
    </Stack>
  );
}
