import { fileURLToPath } from 'node:url';
import { buildServer, createLoginLimiter, createMailer, installedPluginRegistry, loadConfig } from '@crm/api';
import { createDatabase, migrate, plugins, seedDemoTenant } from '@crm/core';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres.js';
import { loadLauncherConfig } from './launcher-config.js';

const webRoot = fileURLToPath(new URL('../../apps/web/public', import.meta.url));

/**
 * `pnpm start`: embedded Postgres (or DATABASE_URL), migrations, the demo tenant on first run, and the
 * API with the web app on PORT. Stops cleanly on SIGINT/SIGTERM: the server drains, the pool closes,
 * then the embedded database flushes to disk, so committed data is there on the next start.
 */
async function main(): Promise<void> {
  const launcher = loadLauncherConfig();
  let embedded: EmbeddedPostgres | undefined;
  if (!launcher.databaseUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: launcher.dataDir });
  }
  const databaseUrl = launcher.databaseUrl ?? embedded?.url ?? '';
  const config = loadConfig({ ...process.env, DATABASE_URL: databaseUrl });
  // Core's migrations, then each installed plugin's (their tables exist for every tenant).
  const applied = await migrate(databaseUrl, [...installedPluginRegistry.migrations]);
  const database = createDatabase({ url: databaseUrl, poolSize: embedded ? 8 : config.DB_POOL_SIZE });
  const demo = launcher.seedDemo
    ? await seedDemoTenant(database, { password: launcher.demoPassword })
    : undefined;
  // A new demo workspace gets every installed plugin switched on, with its demo data.
  if (demo?.created) {
    await plugins.enablePluginsAsTenantAdmin(database, demo.tenantId, installedPluginRegistry);
  }

  const log = (line: string) => process.stdout.write(`${line}\n`);
  const mailer = createMailer(config.SMTP_URL, config.MAIL_FROM, log);
  const app = await buildServer(
    { database, config, mailer, loginLimiter: createLoginLimiter(), plugins: installedPluginRegistry },
    { webRoot },
  );
  await app.listen({ port: config.PORT, host: config.HOST });

  log('');
  log(`CRM is running at ${config.publicUrl}`);
  log(`  database: ${embedded ? `embedded PGlite in ${launcher.dataDir}` : 'DATABASE_URL'}`);
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
