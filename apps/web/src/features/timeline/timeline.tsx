import { Badge, Button, Card, Group, Stack, Text, Timeline as MantineTimeline } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '../../app/api-types.js';
import { ErrorState, PageLoader } from '../../app/route-states.js';
import { trpcClient } from '../../app/trpc.js';
import { useFormat } from '../../lib/format.js';
import { useMemberName } from '../records/member-name.js';

export type TimelineRecordType = 'contact' | 'account' | 'deal';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A change a workflow run made rather than a person (field changes, stage moves, owner changes). */
const byWorkflow = (event: TimelineEvent): boolean =>
  typeof event.data.workflowRunId === 'string' || event.data.reason === 'workflow';

function activityTypeLabel(t: TFunction, type: string): string {
  switch (type) {
    case 'call':
    case 'note':
    case 'task':
    case 'meeting':
    case 'email':
      return t(`activityType.${type}`);
    default:
      return type;
  }
}

/** One line per event kind; unknown (plugin) kinds show their kind name. */
function describe(event: TimelineEvent, t: TFunction, memberName: (id: string | null) => string): string {
  const data = event.data;
  switch (event.kind) {
    case 'created':
      return t('timeline.created');
    case 'deleted':
      return t('timeline.deleted');
    case 'restored':
      return t('timeline.restored');
    case 'stage_moved':
      return t('timeline.stageMoved', {
        from: text(data.fromStageName) || '—',
        to: text(data.toStageName) || '—',
      });
    case 'owner_changed':
      return `${t('timeline.ownerChanged')}: ${memberName(text(data.fromUserId) || null)} → ${memberName(text(data.toUserId) || null)}`;
    case 'field_changed': {
      const changes = Array.isArray(data.changes) ? data.changes : [];
      const fields = changes.map((change) => (isRecord(change) ? text(change.field) : '')).filter(Boolean);
      return t('timeline.fieldChanged', { fields: fields.join(', ') });
    }
    case 'activity': {
      const activity = isRecord(data.activity) ? data.activity : {};
      return t('timeline.activity', {
        type: activityTypeLabel(t, text(activity.type)),
        subject: text(activity.subject),
      });
    }
    default:
      return event.kind;
  }
}

/** The record's unified history, newest first, loading older pages on demand. */
export function RecordTimeline({ type, id }: { type: TimelineRecordType; id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const memberName = useMemberName();
  const pages = useInfiniteQuery({
    queryKey: ['timeline', type, id],
    queryFn: ({ pageParam }) =>
      trpcClient.timeline[type].query({ id, limit: '50', ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  if (pages.isPending) return <PageLoader />;
  if (pages.isError) return <ErrorState error={pages.error} onRetry={() => void pages.refetch()} />;
  const events = pages.data.pages.flatMap((page) => page.items);
  if (events.length === 0) return <Text c="dimmed">{t('timeline.empty')}</Text>;
  return (
    <Stack data-testid="timeline">
      <MantineTimeline bulletSize={14} lineWidth={2}>
        {events.map((event) => {
          const activity =
            event.kind === 'activity' && isRecord(event.data.activity) ? event.data.activity : null;
          return (
            <MantineTimeline.Item
              key={event.id}
              title={describe(event, t, memberName)}
              data-testid="timeline-event"
            >
              <Group gap="xs">
                <Text size="xs" c="dimmed">
                  {format.dateTime(event.at)}
                </Text>
                {event.actorUserId && (
                  <Badge size="xs" variant="light">
                    {memberName(event.actorUserId)}
                  </Badge>
                )}
                {byWorkflow(event) && (
                  <Badge size="xs" variant="light" color="grape">
                    {t('timeline.byWorkflow')}
                  </Badge>
                )}
              </Group>
              {activity && text(activity.body) && (
                <Card withBorder p="xs" mt={4}>
                  <Text size="sm">{text(activity.body)}</Text>
                </Card>
              )}
            </MantineTimeline.Item>
          );
        })}
      </MantineTimeline>
      {pages.hasNextPage && (
        <Button
          variant="subtle"
          onClick={() => void pages.fetchNextPage()}
          loading={pages.isFetchingNextPage}
        >
          {t('timeline.loadMore')}
        </Button>
      )}
    </Stack>
  );
}
