import { Button, Group, Paper, Select, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMembers } from '../../app/session.js';
import { trpc, trpcClient } from '../../app/trpc.js';
import { useErrorText } from '../../lib/server-errors.js';
import type { ListRow, RecordListConfig } from './record-list.types.js';

/** Runs one call per record, a few at a time; the first failure stops the rest and is reported. */
async function eachRecord<T>(rows: T[], action: (row: T) => Promise<unknown>): Promise<number> {
  let done = 0;
  const queue = [...rows];
  const worker = async () => {
    for (let row = queue.shift(); row !== undefined; row = queue.shift()) {
      await action(row);
      done += 1;
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return done;
}

/** Actions on the selected rows: assign an owner, add a tag, delete. */
export function BulkBar<T extends ListRow>({
  config,
  rows,
  onDone,
}: {
  config: RecordListConfig<T>;
  rows: T[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const members = useMembers();
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [tagId, setTagId] = useState<string | null>(null);
  const tags = useQuery({
    ...trpc.tags.list.queryOptions({ limit: '200' }),
    enabled: Boolean(config.tagRecordType),
  });
  const bulk = useMutation({
    mutationFn: (run: () => Promise<number>) => run(),
    onSuccess: (count) => {
      notifications.show({ color: 'green', message: t('list.bulkDone', { count }) });
      onDone();
    },
    onError: (error) => notifications.show({ color: 'red', message: errorText(error) }),
  });
  const { assignOwner, remove, tagRecordType } = config;
  return (
    <Paper withBorder p="xs" data-testid="bulk-bar">
      <Group gap="sm">
        <Text size="sm" fw={600}>
          {t('common.selected', { count: rows.length })}
        </Text>
        {assignOwner && (
          <Group gap={4}>
            <Select
              aria-label={t('list.bulkAssign')}
              placeholder={t('list.bulkAssign')}
              size="xs"
              w={180}
              value={ownerId}
              data={members.items.map((member) => ({ value: member.userId, label: member.name }))}
              onChange={setOwnerId}
            />
            <Button
              size="xs"
              disabled={!ownerId}
              loading={bulk.isPending}
              onClick={() => {
                if (ownerId) bulk.mutate(() => eachRecord(rows, (row) => assignOwner(row, ownerId)));
              }}
            >
              {t('common.apply')}
            </Button>
          </Group>
        )}
        {tagRecordType && (
          <Group gap={4}>
            <Select
              aria-label={t('list.bulkTag')}
              placeholder={t('list.bulkTag')}
              size="xs"
              w={160}
              value={tagId}
              data={(tags.data?.items ?? []).map((tag) => ({ value: tag.id, label: tag.name }))}
              onChange={setTagId}
            />
            <Button
              size="xs"
              disabled={!tagId}
              loading={bulk.isPending}
              onClick={() => {
                if (!tagId) return;
                bulk.mutate(async () => {
                  await trpcClient.tags.assign.mutate({
                    id: tagId,
                    recordType: tagRecordType,
                    recordIds: rows.map((row) => row.id),
                  });
                  return rows.length;
                });
              }}
            >
              {t('common.apply')}
            </Button>
          </Group>
        )}
        {remove && (
          <Button
            size="xs"
            color="red"
            variant="light"
            loading={bulk.isPending}
            onClick={() =>
              modals.openConfirmModal({
                title: t('list.bulkDelete'),
                children: <Text size="sm">{t('list.bulkDeleteConfirm', { count: rows.length })}</Text>,
                labels: { confirm: t('common.delete'), cancel: t('common.cancel') },
                confirmProps: { color: 'red' },
                onConfirm: () => bulk.mutate(() => eachRecord(rows, remove)),
              })
            }
          >
            {t('list.bulkDelete')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
