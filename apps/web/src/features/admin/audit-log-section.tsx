import { Button, Code, Group, Select, Table, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMembers } from '../../app/session.js';
import { ErrorState, PageLoader } from '../../app/route-states.js';
import { trpcClient } from '../../app/trpc.js';
import { useFormat } from '../../lib/format.js';
import { MemberName } from '../records/member-name.js';

/** The audit trail with filters (action, who, record type), newest first, older pages on demand. */
export function AuditLogSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const members = useMembers();
  const [action, setAction] = useState('');
  const [actor, setActor] = useState<string | null>(null);
  const [recordType, setRecordType] = useState<string | null>(null);
  const [term] = useDebouncedValue(action.trim(), 300);
  const filters = {
    ...(term ? { action: term } : {}),
    ...(actor ? { actorUserId: actor } : {}),
    ...(recordType ? { recordType } : {}),
  };
  const pages = useInfiniteQuery({
    queryKey: ['auditLog', filters],
    queryFn: ({ pageParam }) =>
      trpcClient.auditLog.list.query({ ...filters, limit: 50, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  return (
    <>
      <Group>
        <TextInput
          label={t('admin.auditFilterAction')}
          value={action}
          onChange={(event) => setAction(event.currentTarget.value)}
        />
        <Select
          label={t('admin.auditActor')}
          clearable
          value={actor}
          onChange={setActor}
          data={members.items.map((member) => ({ value: member.userId, label: member.name }))}
        />
        <Select
          label={t('admin.auditEntity')}
          clearable
          value={recordType}
          onChange={setRecordType}
          data={['contact', 'account', 'deal', 'activity', 'pipeline', 'tag', 'role', 'team', 'saved_view']}
        />
      </Group>
      {pages.isPending ? (
        <PageLoader />
      ) : pages.isError ? (
        <ErrorState error={pages.error} onRetry={() => void pages.refetch()} />
      ) : (
        <Table withTableBorder striped data-testid="audit-log">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('admin.auditAt')}</Table.Th>
              <Table.Th>{t('admin.auditActor')}</Table.Th>
              <Table.Th>{t('admin.auditAction')}</Table.Th>
              <Table.Th>{t('admin.auditEntity')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pages.data.pages
              .flatMap((page) => page.items)
              .map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td>{format.dateTime(entry.at)}</Table.Td>
                  <Table.Td>
                    <MemberName userId={entry.actorUserId} />
                  </Table.Td>
                  <Table.Td>
                    <Code>{entry.action}</Code>
                  </Table.Td>
                  <Table.Td>
                    {entry.recordType ?? '—'}{' '}
                    {entry.recordId ? <Code>{entry.recordId.slice(0, 8)}</Code> : null}
                  </Table.Td>
                </Table.Tr>
              ))}
          </Table.Tbody>
        </Table>
      )}
      {pages.hasNextPage && (
        <Button
          variant="subtle"
          w="fit-content"
          loading={pages.isFetchingNextPage}
          onClick={() => void pages.fetchNextPage()}
        >
          {t('timeline.loadMore')}
        </Button>
      )}
    </>
  );
}
