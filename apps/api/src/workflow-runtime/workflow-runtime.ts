import { webhooks, type Database } from '@crm/core';
import {
  connectWorker,
  createCrmWorker,
  createOutboxRelay,
  createTemporalClient,
  ensureTaskReminderSchedule,
  installWorkerRuntime,
  type CrmWorkflowSource,
  type OutboxRelay,
  type RelayLog,
  type TemporalClient,
  type WorkerLogLevel,
} from '@crm/core/workflow-engine';
import type { Mailer } from '../http/mailer.js';
import { createOutboxDispatcher } from './outbox-dispatcher.js';
import { createWorkerActivities } from './worker-activities.js';

export interface WorkflowRuntimeSettings {
  database: Database;
  /** How workflow e-mail steps send (the app's mailer); default: SMTP_URL/MAIL_FROM, else the log. */
  mailer?: Mailer;
  temporalAddress: string;
  namespace: string;
  taskQueue: string;
  logLevel?: WorkerLogLevel;
  log?: RelayLog;
  /** Bounds the worker's cache of runs (its memory); a run evicted from it is replayed on its next task. */
  maxCachedWorkflows?: number | undefined;
  /**
   * When set, the worker makes sure the platform schedule of the task-reminder sweep exists and runs
   * every this many seconds on its task queue (the launcher sets it; tests that do not need it leave it out).
   */
  taskReminderSweepSeconds?: number | undefined;
  /**
   * When set, the worker makes sure the platform schedule of the webhook delivery-log retention sweep
   * exists: every `everySeconds`, deliveries older than `retentionDays` are removed.
   */
  webhookRetention?: { retentionDays: number; everySeconds: number } | undefined;
}

export interface RunningWorker {
  /** Resolves when the worker has stopped (after stop(), or on a fatal error, which it rethrows). */
  done: Promise<void>;
  stop(): Promise<void>;
}

/** The CRM worker: all registered activities and the workflow bundle, polling the task queue. */
export async function startCrmWorker(
  settings: WorkflowRuntimeSettings & { workflows?: CrmWorkflowSource },
): Promise<RunningWorker> {
  installWorkerRuntime(settings.logLevel ?? 'warn');
  const connection = await connectWorker(settings.temporalAddress);
  try {
    const worker = await createCrmWorker({
      connection,
      namespace: settings.namespace,
      taskQueue: settings.taskQueue,
      activities: createWorkerActivities({
        database: settings.database,
        ...(settings.mailer ? { mailer: settings.mailer } : {}),
      }),
      ...(settings.workflows ? { workflows: settings.workflows } : {}),
      ...(settings.maxCachedWorkflows !== undefined
        ? { tuning: { maxCachedWorkflows: settings.maxCachedWorkflows } }
        : {}),
    });
    await ensurePlatformSchedules(settings);
    const done = worker.run().finally(() => connection.close());
    return {
      done,
      async stop() {
        if (worker.getState() === 'RUNNING') worker.shutdown();
        await done;
      },
    };
  } catch (error) {
    await connection.close();
    throw error;
  }
}

/** The platform schedules the settings ask for (task reminders, webhook retention), created or updated. */
async function ensurePlatformSchedules(settings: WorkflowRuntimeSettings): Promise<void> {
  const { taskReminderSweepSeconds, webhookRetention, taskQueue } = settings;
  if (taskReminderSweepSeconds === undefined && webhookRetention === undefined) return;
  const temporal = createTemporalClient({ address: settings.temporalAddress, namespace: settings.namespace });
  try {
    if (taskReminderSweepSeconds !== undefined) {
      await ensureTaskReminderSchedule(temporal.client, {
        taskQueue,
        everySeconds: taskReminderSweepSeconds,
      });
    }
    if (webhookRetention !== undefined) {
      await webhooks.ensureWebhookRetentionSchedule(temporal.client, { taskQueue, ...webhookRetention });
    }
  } finally {
    await temporal.close();
  }
}

export interface RunningRelay {
  relay: OutboxRelay;
  temporal: TemporalClient;
  stop(): Promise<void>;
}

/**
 * The outbox relay with the registered dispatcher. `listenUrl` is the database URL for LISTEN;
 * leave it out on embedded PGlite, where notifications do not cross connections.
 */
export function startOutboxRelay(settings: WorkflowRuntimeSettings & { listenUrl?: string }): RunningRelay {
  const temporal = createTemporalClient({ address: settings.temporalAddress, namespace: settings.namespace });
  const relay = createOutboxRelay({
    database: settings.database,
    dispatch: createOutboxDispatcher({
      database: settings.database,
      temporal,
      taskQueue: settings.taskQueue,
    }),
    ...(settings.listenUrl ? { listenUrl: settings.listenUrl } : {}),
    ...(settings.log ? { log: settings.log } : {}),
  });
  relay.start();
  return {
    relay,
    temporal,
    async stop() {
      await relay.stop();
      await temporal.close();
    },
  };
}
