import {
  ActionIcon,
  Button,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Outputs } from '../../app/api-types.js';
import { trpc } from '../../app/trpc.js';
import { useFormat } from '../../lib/format.js';
import {
  useNotificationPollInterval,
  useNotificationPushLive,
} from '../notifications/use-notification-stream.js';

type Notification = Outputs['notifications']['list']['items'][number];

function BellIcon() {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden
    >
      <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

/**
 * The header's notification bell: workflow notify steps, approval requests and reminders of the
 * user's own tasks that have fallen due. The unread count arrives without a reload: the server pushes
 * "look again" (useNotificationStream) and the list is fetched at once; only while no push arrives is
 * it asked for on a fallback poll (paused in a hidden tab), and at once when the window regains focus.
 * Opening an entry marks it read and goes to its record.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [opened, { toggle, close }] = useDisclosure(false);
  const pushLive = useNotificationPushLive();
  const pollInterval = useNotificationPollInterval();
  const list = useQuery({
    ...trpc.notifications.list.queryOptions({ limit: 30 }),
    refetchInterval: pollInterval,
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: true,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.notifications.list.pathKey() });
  const readOne = useMutation(trpc.notifications.read.mutationOptions({ onSuccess: refresh }));
  const readAll = useMutation(trpc.notifications.readAll.mutationOptions({ onSuccess: refresh }));
  const unread = list.data?.unreadCount ?? 0;
  const items = list.data?.items ?? [];

  const titleOf = (item: Notification) =>
    item.recordType === 'activity' ? t('notifications.taskDue', { subject: item.title }) : item.title;
  const openItem = (item: Notification) => {
    if (!item.readAt) readOne.mutate({ id: item.id });
    close();
    const id = item.recordId;
    if (item.recordType === 'activity') void navigate({ to: '/my-work' });
    else if (id && item.recordType === 'contact') void navigate({ to: '/contacts/$id', params: { id } });
    else if (id && item.recordType === 'account') void navigate({ to: '/accounts/$id', params: { id } });
    else if (id && item.recordType === 'deal') void navigate({ to: '/deals/$id', params: { id } });
  };

  return (
    <Popover
      position="bottom-end"
      width={360}
      shadow="md"
      opened={opened}
      onChange={(next) => !next && close()}
    >
      {/* The target is the button itself: the popover's aria-expanded/aria-haspopup must not land on the
          indicator's div (axe: aria-allowed-attr). */}
      <Indicator label={unread} disabled={unread === 0} size={18} offset={4} color="red">
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            onClick={toggle}
            aria-label={t('notifications.open', { count: unread })}
            data-testid="notification-bell"
            data-push={pushLive ? 'live' : 'poll'}
          >
            <BellIcon />
          </ActionIcon>
        </Popover.Target>
      </Indicator>
      <Popover.Dropdown p="xs" data-testid="notification-list">
        <Stack gap="xs">
          <Group justify="space-between">
            <Text fw={600} component="h2" size="md" m={0}>
              {t('notifications.title')}
            </Text>
            <Button
              size="compact-xs"
              variant="subtle"
              disabled={unread === 0}
              loading={readAll.isPending}
              onClick={() => readAll.mutate({})}
            >
              {t('notifications.readAll')}
            </Button>
          </Group>
          {items.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('notifications.empty')}
            </Text>
          ) : (
            <ScrollArea.Autosize mah={400}>
              <Stack gap={2} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                {items.map((item) => (
                  <Group
                    key={item.id}
                    component="li"
                    gap={4}
                    wrap="nowrap"
                    align="flex-start"
                    data-testid="notification"
                    data-unread={item.readAt ? undefined : 'true'}
                  >
                    <UnstyledButton onClick={() => openItem(item)} className="notification-entry">
                      <Text size="sm" fw={item.readAt ? 400 : 700} lineClamp={2}>
                        {titleOf(item)}
                      </Text>
                      {item.body && (
                        <Text size="xs" lineClamp={2}>
                          {item.body}
                        </Text>
                      )}
                      <Text size="xs" c="dimmed">
                        {format.dateTime(item.createdAt)}
                      </Text>
                    </UnstyledButton>
                    {!item.readAt && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        onClick={() => readOne.mutate({ id: item.id })}
                        aria-label={t('notifications.markReadOf', { title: titleOf(item) })}
                      >
                        {t('notifications.markRead')}
                      </Button>
                    )}
                  </Group>
                ))}
              </Stack>
            </ScrollArea.Autosize>
          )}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
