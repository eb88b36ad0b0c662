import { workflows } from '@crm/core';
import type { FastifyBaseLogger } from 'fastify';

/** What a user's open stream hears: news of its notifications, or whether push works at all. */
export type PushSignal = 'news' | 'live' | 'down';

export interface NotificationPush {
  /** Whether pushes arrive now; when not, clients poll (embedded PGlite, or the connection is lost). */
  readonly live: boolean;
  /** Signals for one user of one tenant; returns the unsubscribe. */
  subscribe(tenantId: string, userId: string, listener: (signal: PushSignal) => void): () => void;
  close(): Promise<void>;
}

/**
 * The process's fan-out: ONE listening connection (see listenForNotificationNews), its news passed to
 * the open streams of exactly the tenant and user it names. Without a listen URL (embedded PGlite,
 * where NOTIFY does not reach other connections) nothing is pushed and the streams say so.
 */
export function createNotificationPush(
  listenUrl: string | undefined,
  log: FastifyBaseLogger,
): NotificationPush {
  const listeners = new Map<string, Set<(signal: PushSignal) => void>>();
  const keyOf = (tenantId: string, userId: string) => `${tenantId}:${userId}`;
  const tellEveryone = (signal: PushSignal) => {
    for (const set of listeners.values()) for (const listener of set) listener(signal);
  };
  const news = listenUrl
    ? workflows.listenForNotificationNews({
        listenUrl,
        onNews: ({ tenantId, userId }) => {
          for (const listener of listeners.get(keyOf(tenantId, userId)) ?? []) listener('news');
        },
        // News of the gap is lost: every stream is told to look again.
        onListening: () => {
          tellEveryone('live');
        },
        onLost: (error) => {
          log.error({ err: error }, 'notification push: listening connection lost, clients poll meanwhile');
          tellEveryone('down');
        },
      })
    : undefined;

  return {
    get live() {
      return news?.listening ?? false;
    },
    subscribe(tenantId, userId, listener) {
      const key = keyOf(tenantId, userId);
      const set = listeners.get(key) ?? new Set();
      set.add(listener);
      listeners.set(key, set);
      return () => {
        set.delete(listener);
        if (set.size === 0 && listeners.get(key) === set) listeners.delete(key);
      };
    },
    async close() {
      await news?.stop();
      listeners.clear();
    },
  };
}
