import { setTimeout as delay } from 'node:timers/promises';
import pg from 'pg';
import type { Database } from '../../db/database.js';
import { relayOutboxBatch, type BatchOutcome } from './claim-outbox-batch.js';
import type { OutboxDispatcher, OutboxEvent } from './outbox-event.js';

export interface OutboxRelayOptions {
  database: Database;
  dispatch: OutboxDispatcher;
  /**
   * Connection string for LISTEN crm_outbox (a wake-up on every committed insert). Omit it where
   * notifications do not cross connections (embedded PGlite over pglite-socket): the relay then
   * relies on polling alone.
   */
  listenUrl?: string;
  /** Rows per claim transaction (default 100). */
  batchSize?: number;
  /**
   * Time between polls when idle: the fallback for a missed notification and what picks up rows
   * whose backoff ended. Default 1000 ms with LISTEN, 200 ms without (see docs/decisions/workflow-runtime.md).
   */
  pollIntervalMs?: number;
  log?: RelayLog;
}

export interface RelayLog {
  info(message: string): void;
  error(message: string, error?: unknown): void;
}

export interface OutboxRelay {
  start(): void;
  /** Finishes the round in progress, then stops listening and polling. */
  stop(): Promise<void>;
  /** Runs rounds until nothing due is left; resolves to the totals (tests, benchmark). */
  drain(): Promise<BatchOutcome>;
}

const silentLog: RelayLog = { info: () => undefined, error: () => undefined };

export function createOutboxRelay(options: OutboxRelayOptions): OutboxRelay {
  const batchSize = options.batchSize ?? 100;
  const pollIntervalMs = options.pollIntervalMs ?? (options.listenUrl ? 1000 : 200);
  const log = options.log ?? silentLog;
  const onError = (event: OutboxEvent, error: unknown) => {
    log.error(
      `outbox ${event.tenantId}/${event.id} (${event.topic}) attempt ${event.attempts + 1} failed`,
      error,
    );
  };

  // Read through a function, so that the loops see stop() flip it (a plain let would be narrowed).
  const state = { running: false };
  const isRunning = () => state.running;
  let loop: Promise<void> | undefined;
  let wake: (() => void) | undefined;
  let woken = false;
  let listener: pg.Client | undefined;

  const signal = () => {
    woken = true;
    wake?.();
  };

  const round = () => relayOutboxBatch(options.database, options.dispatch, batchSize, onError);

  async function drain(): Promise<BatchOutcome> {
    const total: BatchOutcome = { claimed: 0, dispatched: 0, failed: 0 };
    for (;;) {
      const outcome = await round();
      total.claimed += outcome.claimed;
      total.dispatched += outcome.dispatched;
      total.failed += outcome.failed;
      // A full batch may have more behind it; a short one (or one that only failed) means caught up.
      if (outcome.claimed < batchSize || outcome.dispatched === 0) return total;
    }
  }

  async function idle(ms: number) {
    if (woken) {
      woken = false;
      return;
    }
    const controller = new AbortController();
    wake = () => {
      controller.abort();
    };
    await delay(ms, undefined, { signal: controller.signal }).catch(() => undefined);
    wake = undefined;
    woken = false;
  }

  async function run() {
    let failures = 0;
    while (isRunning()) {
      try {
        await drain();
        failures = 0;
        await idle(pollIntervalMs);
      } catch (error) {
        // The database is unreachable or the claim failed: back off, rows stay pending.
        failures += 1;
        log.error('outbox relay round failed', error);
        await idle(Math.min(pollIntervalMs * 2 ** failures, 30_000));
      }
    }
  }

  async function listen(url: string) {
    while (isRunning()) {
      const client = new pg.Client({ connectionString: url, application_name: 'crm-outbox-relay' });
      try {
        await client.connect();
        listener = client;
        client.on('notification', signal);
        const closed = new Promise<void>((resolve) => {
          client.once('error', () => {
            resolve();
          });
          client.once('end', () => {
            resolve();
          });
        });
        await client.query('LISTEN crm_outbox');
        signal(); // rows committed while we were not listening
        await closed;
      } catch (error) {
        if (isRunning()) log.error('outbox relay: LISTEN connection lost, polling meanwhile', error);
      } finally {
        listener = undefined;
        await client.end().catch(() => undefined);
      }
      if (isRunning()) await delay(1000);
    }
  }

  return {
    start() {
      if (state.running) return;
      state.running = true;
      loop = run();
      if (options.listenUrl) void listen(options.listenUrl);
      log.info(
        `outbox relay started (${options.listenUrl ? 'LISTEN crm_outbox + ' : ''}poll every ${pollIntervalMs} ms)`,
      );
    },
    async stop() {
      if (!state.running) return;
      state.running = false;
      signal();
      await loop;
      await listener?.end().catch(() => undefined);
    },
    drain,
  };
}
