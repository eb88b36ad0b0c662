import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { useEffect, useSyncExternalStore } from 'react';
import { useSession } from '../../app/session.js';
import { trpc } from '../../app/trpc.js';
import { connectNotificationStream } from './notification-stream.js';

/**
 * How often notification-driven lists ask on their own while no push arrives (the stream is down, or
 * the server cannot push: embedded PGlite). The old poll, kept only as this fallback.
 */
export const NOTIFICATION_FALLBACK_POLL_MS = 10_000;

const liveState = { live: false, listeners: new Set<() => void>() };

function setLive(live: boolean) {
  if (liveState.live === live) return;
  liveState.live = live;
  for (const listener of liveState.listeners) listener();
}

function subscribe(listener: () => void): () => void {
  liveState.listeners.add(listener);
  return () => liveState.listeners.delete(listener);
}

/** Whether the server's pushes arrive now. */
export function useNotificationPushLive(): boolean {
  return useSyncExternalStore(subscribe, () => liveState.live);
}

/** `refetchInterval` for the bell and My work: none while pushes arrive, the fallback poll otherwise. */
export function useNotificationPollInterval(): number | false {
  return useNotificationPushLive() ? false : NOTIFICATION_FALLBACK_POLL_MS;
}

/**
 * Mounted once by the signed-in layout: keeps the push stream of this user in this workspace open
 * and, on news, has the bell's list and the activity lists (My work's reminders) fetched again.
 */
export function useNotificationStream(): void {
  const queryClient = useQueryClient();
  const router = useRouter();
  const session = useSession();
  const tenantId = session.tenant?.id;
  const userId = session.user.id;
  useEffect(() => {
    if (!tenantId) return undefined;
    const disconnect = connectNotificationStream({
      onNews: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.notifications.list.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.activities.list.pathKey() });
      },
      onLive: setLive,
      // The session ended (or moved to another workspace) elsewhere: the app route asks who we are
      // again, and sends a signed-out visitor to sign-in.
      onSignedOut: () => {
        void queryClient
          .invalidateQueries({ queryKey: trpc.auth.me.pathKey() })
          .then(() => router.invalidate());
      },
    });
    return () => {
      disconnect();
      setLive(false);
    };
  }, [queryClient, router, tenantId, userId]);
}
