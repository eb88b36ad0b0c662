import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import {
  findTemporalCli,
  freePort,
  startTemporalDevServer,
  TENANT_ID_SEARCH_ATTRIBUTE,
  type TemporalConfig,
} from '@crm/core/workflow-engine';

export interface LaunchedTemporal {
  address: string;
  /** How it was found or started, for the start-up banner. */
  description: string;
  stop(): Promise<void>;
}

/** Where scripts/ci/install-temporal.sh puts the pinned CLI. */
const repoTools = fileURLToPath(new URL('../../.tools/temporal', import.meta.url));

/**
 * Where `pnpm start` gets Temporal from (docs/decisions/workflow-runtime.md): TEMPORAL_ADDRESS names an
 * existing cluster; otherwise it starts `temporal server start-dev` with its SQLite file in the data
 * directory (runs survive restarts), on port 7233 when free, from TEMPORAL_CLI_PATH, PATH or the
 * repository's .tools/temporal; with no binary at all, the SDK downloads the CLI (needs the internet)
 * and runs the same dev server.
 */
export async function launchTemporal(config: TemporalConfig, dataDir: string): Promise<LaunchedTemporal> {
  if (config.address) {
    return {
      address: config.address,
      description: `TEMPORAL_ADDRESS ${config.address}`,
      stop: async () => {},
    };
  }
  const dbFilename = join(dataDir, 'temporal.sqlite');
  const executable = findTemporalCli() ?? findTemporalCli({ env: {}, extraPaths: [repoTools] });
  if (executable) {
    const server = await startTemporalDevServer({
      executable,
      dbFilename,
      namespace: config.namespace,
      preferredPort: 7233,
    });
    return {
      address: server.address,
      description: `dev server ${executable} at ${server.address}, runs in ${dbFilename}`,
      stop: () => server.stop(),
    };
  }
  const port = await freePort('127.0.0.1', 7233);
  const env = await TestWorkflowEnvironment.createLocal({
    server: {
      executable: { type: 'cached-download' },
      dbFilename,
      namespace: config.namespace,
      ip: '127.0.0.1',
      port,
      ui: false,
      searchAttributes: [TENANT_ID_SEARCH_ATTRIBUTE],
    },
  }).catch((error: unknown) => {
    throw new Error(
      `No Temporal CLI on this machine and the SDK could not download one (${String(error)}). ` +
        'Install it with `bash scripts/ci/install-temporal.sh`, set TEMPORAL_CLI_PATH, or set TEMPORAL_ADDRESS.',
    );
  });
  return {
    address: env.address,
    description: `dev server downloaded by the Temporal SDK at ${env.address}, runs in ${dbFilename}`,
    stop: () => env.teardown(),
  };
}
