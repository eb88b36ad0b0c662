import {
  buildServer,
  createLoginLimiter,
  createMailer,
  createSecurityLog,
  installedPluginRegistry,
  loadConfig,
} from '@crm/api';
import { createDatabase } from '@crm/core';
import { createTemporalClient } from '@crm/core/workflow-engine';

/** The full stack under benchmark, in its own process so that its memory can be measured alone. */
const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
const database = createDatabase({ url: config.DATABASE_URL, poolSize: config.DB_POOL_SIZE });
const app = await buildServer({
  database,
  config,
  mailer: createMailer(undefined, config.MAIL_FROM, () => undefined),
  loginLimiter: createLoginLimiter({ database }),
  securityLog: createSecurityLog(),
  plugins: installedPluginRegistry,
  // Connected on first use only: this benchmark never touches workflows or /health.
  temporal: createTemporalClient({ address: config.TEMPORAL_ADDRESS, namespace: config.TEMPORAL_NAMESPACE }),
});
await app.listen({ port: config.PORT, host: '127.0.0.1' });
const address = app.server.address();
process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : ''}\n`);
process.on('SIGTERM', () => {
  void app
    .close()
    .then(() => database.close())
    .then(() => process.exit(0));
});
