import { fileURLToPath } from 'node:url';
import {
  buildServer,
  createLoginLimiter,
  createSecurityLog,
  createMailer,
  installedPluginRegistry,
  loadConfig,
  startCrmWorker,
  startOutboxRelay,
} from '@crm/api';
import { createDatabase, migrate, plugins, seedDemoTenant } from '@crm/core';
import { createTemporalClient, loadTemporalConfig } from '@crm/core/workflow-engine';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres.js';
import { loadLauncherConfig } from './launcher-config.js';
import { launchTemporal, type LaunchedTemporal } from './temporal-server.js';
import { ensureWebBundle } from './web-bundle.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * `pnpm start`: the web bundle (built when missing or stale), embedded Postgres (or DATABASE_URL), migrations, the demo tenant on first run, Temporal
 * (TEMPORAL_ADDRESS, else a dev server with its SQLite file in DATA_DIR), the workflow worker and the
 * outbox relay, and the API with the web app on PORT. Stops cleanly on SIGINT/SIGTERM: the server
 * drains, the relay and the worker finish what they hold, the dev server stops, the pool closes, then
 * the embedded database flushes to disk, so committed data and waiting runs are there on the next start.
 */
async function main(): Promise<void> {
  const launcher = loadLauncherConfig();
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const webRoot = ensureWebBundle(root, log);
  let embedded: EmbeddedPostgres | undefined;
  if (!launcher.databaseUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: launcher.dataDir });
  }
  const databaseUrl = launcher.databaseUrl ?? embedded?.url ?? '';
  const temporalConfig = loadTemporalConfig();
  let temporal: LaunchedTemporal;
  try {
    temporal = await launchTemporal(temporalConfig, launcher.dataDir);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporal.address,
  });
  // Core's migrations, then each installed plugin's (their tables exist for every tenant).
  const applied = await migrate(databaseUrl, [...installedPluginRegistry.migrations]);
  const database = createDatabase({
    url: databaseUrl,
    poolSize: embedded ? 8 : config.DB_POOL_SIZE,
    namedStatements: !embedded,
  });
  const demo = launcher.seedDemo
    ? await seedDemoTenant(database, { password: launcher.demoPassword })
    : undefined;
  // A new demo workspace gets every installed plugin switched on, with its demo data.
  if (demo?.created) {
    await plugins.enablePluginsAsTenantAdmin(database, demo.tenantId, installedPluginRegistry);
  }

  const mailer = createMailer(config.SMTP_URL, config.MAIL_FROM, log);
  const runtime = {
    database,
    temporalAddress: temporal.address,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    logLevel: config.LOG_LEVEL,
  };
  const worker = await startCrmWorker({
    ...runtime,
    mailer,
    maxCachedWorkflows: config.TEMPORAL_MAX_CACHED_WORKFLOWS,
    taskReminderSweepSeconds: config.TASK_REMINDER_SWEEP_SECONDS,
    webhookRetention: { retentionDays: config.WEBHOOK_DELIVERY_RETENTION_DAYS, everySeconds: 3600 },
  });
  worker.done.catch((error: unknown) => {
    process.stderr.write(`The workflow worker stopped: ${String(error)}\n`);
  });
  const relay = startOutboxRelay({
    ...runtime,
    // Embedded PGlite does not pass NOTIFY between connections: the relay polls there.
    ...(embedded ? {} : { listenUrl: databaseUrl }),
    log: {
      info: () => undefined,
      error: (message, error) => process.stderr.write(`${message}: ${String(error)}\n`),
    },
  });
  const temporalClient = createTemporalClient({
    address: temporal.address,
    namespace: config.TEMPORAL_NAMESPACE,
  });
  const app = await buildServer(
    {
      database,
      config,
      mailer,
      loginLimiter: createLoginLimiter({
        database,
        perAccount: config.AUTH_ATTEMPTS_PER_ACCOUNT,
        perIp: config.AUTH_ATTEMPTS_PER_IP,
        windowSeconds: config.AUTH_ATTEMPT_WINDOW_SECONDS,
      }),
      securityLog: createSecurityLog(),
      temporal: temporalClient,
      plugins: installedPluginRegistry,
    },
    // Embedded PGlite does not pass NOTIFY between connections: no push there, the web app polls.
    { webRoot, ...(embedded ? {} : { notificationListenUrl: databaseUrl }) },
  );
  await app.listen({ port: config.PORT, host: config.HOST });

  log('');
  log(`CRM is running at ${config.publicUrl}`);
  log(`  database: ${embedded ? `embedded PGlite in ${launcher.dataDir}` : 'DATABASE_URL'}`);
  log(
    `  temporal: ${temporal.description}; worker and outbox relay on task queue ${config.TEMPORAL_TASK_QUEUE}`,
  );
  if (applied.length > 0) log(`  migrations applied: ${applied.length}`);
  if (demo) {
    log('  demo logins:');
    for (const login of demo.logins) log(`    ${login.role.padEnd(14)} ${login.email}  /  ${login.password}`);
  }
  log('Press Ctrl+C to stop.');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`\n${signal}: stopping...`);
    await app.close();
    await temporalClient.close();
    await relay.stop();
    await worker.stop();
    await temporal.stop();
    await database.close();
    await embedded?.stop();
    log('stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
