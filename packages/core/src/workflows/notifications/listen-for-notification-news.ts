import { setTimeout as delay } from 'node:timers/promises';
import pg from 'pg';
import { isUuid } from '../../ids.js';

/** The channel the Notification triggers notify on commit (migration 027). */
export const NOTIFICATION_CHANNEL = 'crm_notification';

/** Whose notifications changed: ids only, never content. */
export interface NotificationNews {
  tenantId: string;
  userId: string;
}

export interface NotificationNewsOptions {
  /** Connection string of a server whose NOTIFY reaches other connections (not embedded PGlite). */
  listenUrl: string;
  /** A committed insert or update of some user's notifications. */
  onNews(news: NotificationNews): void;
  /**
   * The connection is (again) listening after it was lost: news of the gap is gone, so everyone
   * should look again. Also called on the first connect.
   */
  onListening(): void;
  /** The connection was lost; it is tried again with a growing pause (1 s … 30 s). */
  onLost(error: unknown): void;
}

export interface NotificationNewsListener {
  /** Whether the connection is listening now. */
  readonly listening: boolean;
  stop(): Promise<void>;
}

/** Reads the trigger's payload; anything else on the channel is ignored. */
export function parseNotificationNews(payload: string | undefined): NotificationNews | undefined {
  if (!payload) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { tenantId, userId } = value as Record<string, unknown>;
  if (typeof tenantId !== 'string' || typeof userId !== 'string') return undefined;
  if (!isUuid(tenantId) || !isUuid(userId)) return undefined;
  return { tenantId, userId };
}

/**
 * One dedicated connection that LISTENs on crm_notification and reports whose notifications
 * changed. A process holds one (the API's push hub), whatever the number of open streams.
 */
export function listenForNotificationNews(options: NotificationNewsOptions): NotificationNewsListener {
  const state = { running: true, listening: false };
  // Read through a function, so that the loop sees stop() flip it (a plain read would be narrowed).
  const isRunning = () => state.running;
  const stopped = new AbortController();
  let client: pg.Client | undefined;

  /** Listens until the connection is lost; resolves to why (or throws when it could not connect). */
  async function connectOnce(): Promise<unknown> {
    const connection = new pg.Client({
      connectionString: options.listenUrl,
      application_name: 'crm-notification-push',
    });
    client = connection;
    try {
      const closed = new Promise<unknown>((resolve) => {
        connection.on('error', resolve);
        connection.once('end', () => {
          resolve(new Error('the listening connection ended'));
        });
      });
      connection.on('notification', (message) => {
        if (message.channel !== NOTIFICATION_CHANNEL) return;
        const news = parseNotificationNews(message.payload);
        if (news) options.onNews(news);
      });
      await connection.connect();
      await connection.query(`LISTEN ${NOTIFICATION_CHANNEL}`);
      state.listening = true;
      options.onListening();
      return await closed;
    } finally {
      state.listening = false;
      client = undefined;
      await connection.end().catch(() => undefined);
    }
  }

  async function run(): Promise<void> {
    let failures = 0;
    while (isRunning()) {
      const started = Date.now();
      const lost = await connectOnce().catch((error: unknown) => error);
      if (!isRunning()) return;
      options.onLost(lost);
      // A connection that held for a while starts the backoff afresh.
      failures = Date.now() - started > 60_000 ? 1 : failures + 1;
      const pause = Math.min(1000 * 2 ** (failures - 1), 30_000);
      await delay(pause, undefined, { signal: stopped.signal }).catch(() => undefined);
    }
  }

  const loop = run();
  return {
    get listening() {
      return state.listening;
    },
    async stop() {
      state.running = false;
      stopped.abort();
      await client?.end().catch(() => undefined);
      await loop;
    },
  };
}
