import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Bowser from 'bowser';
import { useTranslation } from 'react-i18next';
import { ErrorState, PageLoader } from '../../app/route-states.js';
import { trpc } from '../../app/trpc.js';
import { useFormat } from '../../lib/format.js';
import { useErrorText } from '../../lib/server-errors.js';

/** The browser and system a session's user agent names, when it names both. */
function deviceOf(userAgent: string | null): { browser: string; os: string } | null {
  if (!userAgent) return null;
  const parsed = Bowser.parse(userAgent);
  return parsed.browser.name && parsed.os.name ? { browser: parsed.browser.name, os: parsed.os.name } : null;
}

/**
 * The profile's list of signed-in devices (ASVS v7.5.2): browser and system, IP, last activity, with
 * "sign out" per other device and "sign out everywhere else".
 */
export function ActiveSessions() {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const sessions = useQuery(trpc.auth.sessions.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.auth.sessions.queryKey() });
  const onError = (error: unknown) => notifications.show({ color: 'red', message: errorText(error) });
  const endOne = useMutation(trpc.auth.endSession.mutationOptions({ onSuccess: refresh, onError }));
  const endOthers = useMutation(
    trpc.auth.endOtherSessions.mutationOptions({
      onSuccess: async ({ sessionsEnded }) => {
        notifications.show({ message: t('sessions.signedOutOthers', { count: sessionsEnded }) });
        await refresh();
      },
      onError,
    }),
  );
  if (sessions.isPending) return <PageLoader />;
  if (sessions.isError) return <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />;
  const others = sessions.data.items.filter((item) => !item.current);
  return (
    <Card withBorder component="section" aria-labelledby="sessions-title" data-testid="active-sessions">
      <Stack gap="sm">
        <Text fw={600} id="sessions-title">
          {t('sessions.title')}
        </Text>
        {sessions.data.items.map((item) => {
          const parsed = deviceOf(item.userAgent);
          const device = parsed
            ? t('sessions.deviceOn', parsed)
            : (item.userAgent?.slice(0, 80) ?? t('sessions.unknownDevice'));
          return (
            <Group key={item.id} justify="space-between" wrap="nowrap" data-testid="session-row">
              <Stack gap={0}>
                <Group gap="xs">
                  <Text size="sm" fw={500}>
                    {device}
                  </Text>
                  {item.current && (
                    <Badge size="sm" variant="filled" color="teal.9">
                      {t('sessions.thisDevice')}
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed">
                  {[
                    item.ip,
                    t('sessions.lastActive', { when: format.dateTime(item.lastSeenAt) }),
                    t('sessions.signedInAt', { when: format.dateTime(item.createdAt) }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </Stack>
              {!item.current && (
                <Button
                  size="xs"
                  variant="light"
                  color="red"
                  aria-label={`${t('sessions.signOut')}: ${device}`}
                  loading={endOne.isPending && endOne.variables.id === item.id}
                  onClick={() => endOne.mutate({ id: item.id })}
                >
                  {t('sessions.signOut')}
                </Button>
              )}
            </Group>
          );
        })}
        {others.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('sessions.onlyThis')}
          </Text>
        ) : (
          <Button
            variant="light"
            color="red"
            loading={endOthers.isPending}
            onClick={() => endOthers.mutate({})}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('sessions.signOutOthers')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}
