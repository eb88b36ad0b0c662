import { Badge, Button, Card, Group, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../app/api-types.js';
import { useSession } from '../../app/session.js';
import { trpc } from '../../app/trpc.js';
import { toDate, useFormat } from '../../lib/format.js';
import { useNotificationPollInterval } from '../notifications/use-notification-stream.js';
import { calendarRange, daysOf, type CalendarMode } from './calendar-range.js';

/**
 * Today's and overdue tasks of the signed-in user, and a calendar of planned activities. A task that
 * falls due moves to the overdue list when its reminder is pushed (useNotificationStream refetches the
 * activity lists); only while no push arrives do both lists poll.
 */
export function MyWorkPage() {
  const { t } = useTranslation();
  const session = useSession();
  const today = calendarRange('day', new Date());
  const refetchInterval = useNotificationPollInterval();
  const overdue = useQuery({
    ...trpc.activities.list.queryOptions({
      ownerId: session.user.id,
      overdue: 'true',
      limit: '100',
      sort: 'dueAt',
    }),
    refetchInterval,
  });
  const dueToday = useQuery({
    ...trpc.activities.list.queryOptions({
      ownerId: session.user.id,
      done: 'false',
      dueAfter: today.from.toISOString(),
      dueBefore: today.to.toISOString(),
      limit: '100',
      sort: 'dueAt',
    }),
    refetchInterval,
  });
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('myWork.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TaskList
          title={t('myWork.overdue')}
          empty={t('myWork.nothingOverdue')}
          items={overdue.data?.items}
          testId="overdue"
        />
        <TaskList
          title={t('myWork.today')}
          empty={t('myWork.nothingToday')}
          items={dueToday.data?.items}
          testId="today"
        />
      </SimpleGrid>
      <ActivityCalendar />
    </Stack>
  );
}

function TaskList({
  title,
  empty,
  items,
  testId,
}: {
  title: string;
  empty: string;
  items: Activity[] | undefined;
  testId: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const complete = useMutation(
    trpc.activities.update.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.activities.list.queryKey() }),
    }),
  );
  return (
    <Card withBorder data-testid={`tasks-${testId}`}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {items?.length === 0 && <Text c="dimmed">{empty}</Text>}
      <Stack gap="xs">
        {items?.map((activity) => (
          <Group key={activity.id} justify="space-between" wrap="nowrap">
            <div>
              <Text size="sm" fw={500}>
                {activity.subject}
              </Text>
              <Text size="xs" c="dimmed">
                {t(`activityType.${activity.type}`)} · {format.dateTime(activity.dueAt)}
              </Text>
            </div>
            <Button
              size="xs"
              variant="light"
              onClick={() =>
                complete.mutate({ id: activity.id, done: true, expectedVersion: activity.version })
              }
            >
              {t('myWork.complete')}
            </Button>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}

function ActivityCalendar() {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const [mode, setMode] = useState<CalendarMode>('week');
  const [anchor, setAnchor] = useState(() => new Date());
  const [whose, setWhose] = useState<'me' | 'team'>('me');
  const range = calendarRange(mode, anchor);
  const activities = useQuery(
    trpc.activities.list.queryOptions({
      ...(whose === 'me' ? { ownerId: session.user.id } : {}),
      dueAfter: range.from.toISOString(),
      dueBefore: range.to.toISOString(),
      limit: '200',
      sort: 'dueAt',
    }),
  );
  const shift = (direction: 1 | -1) => {
    const next = new Date(anchor);
    if (mode === 'day') next.setDate(next.getDate() + direction);
    else if (mode === 'week') next.setDate(next.getDate() + 7 * direction);
    else next.setMonth(next.getMonth() + direction);
    setAnchor(next);
  };
  const days = daysOf(range);
  const byDay = (day: Date) =>
    (activities.data?.items ?? []).filter(
      (activity) => toDate(activity.dueAt)?.toDateString() === day.toDateString(),
    );
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {t('myWork.calendar')}
        </Title>
        <Group gap="xs">
          <SegmentedControl
            size="xs"
            aria-label={t('myWork.team')}
            value={whose}
            onChange={(value) => setWhose(value === 'team' ? 'team' : 'me')}
            data={[
              { value: 'me', label: t('myWork.me') },
              { value: 'team', label: t('myWork.team') },
            ]}
          />
          <SegmentedControl
            size="xs"
            aria-label={t('myWork.calendar')}
            value={mode}
            onChange={(value) => setMode(value === 'day' || value === 'month' ? value : 'week')}
            data={[
              { value: 'day', label: t('myWork.day') },
              { value: 'week', label: t('myWork.week') },
              { value: 'month', label: t('myWork.month') },
            ]}
          />
          <Button size="xs" variant="default" onClick={() => shift(-1)}>
            {t('myWork.previous')}
          </Button>
          <Button size="xs" variant="default" onClick={() => setAnchor(new Date())}>
            {t('myWork.todayButton')}
          </Button>
          <Button size="xs" variant="default" onClick={() => shift(1)}>
            {t('myWork.following')}
          </Button>
        </Group>
      </Group>
      <SimpleGrid cols={mode === 'day' ? 1 : 7} spacing={4}>
        {days.map((day) => (
          <Card key={day.toISOString()} withBorder p={6} mih={mode === 'month' ? 80 : 140}>
            <Text size="xs" fw={600}>
              {format.date(day)}
            </Text>
            {byDay(day).map((activity) => (
              <Badge
                key={activity.id}
                variant="light"
                fullWidth
                radius="sm"
                mt={2}
                style={{ textTransform: 'none' }}
              >
                {format.time(activity.dueAt)} {activity.subject}
              </Badge>
            ))}
          </Card>
        ))}
      </SimpleGrid>
    </Card>
  );
}
