import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { bundleCrmWorkflows } from '../workflow-engine/crm-worker.js';
import { findTemporalCli } from '../workflow-engine/server/find-temporal-cli.js';
import {
  startTemporalDevServer,
  type TemporalDevServer,
} from '../workflow-engine/server/temporal-dev-server.js';

/**
 * One Temporal dev server per test run (vitest globalSetup: temporal-global-setup.ts), in memory, on
 * a free port, with the TenantId search attribute. Test files reach it through TEST_TEMPORAL_ADDRESS
 * and TEST_TEMPORAL_NAMESPACE; a run that sets TEST_TEMPORAL_ADDRESS itself uses that server instead.
 */
export const TEST_TEMPORAL_NAMESPACE = 'crm-test';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** The CLI for tests: TEMPORAL_CLI_PATH, else the repo's .tools/temporal, else PATH. Never optional. */
export function testTemporalCli(): string {
  const found = findTemporalCli({ extraPaths: [join(repoRoot, '.tools', 'temporal')] });
  if (!found) {
    throw new Error(
      'The workflow tests need the Temporal CLI (its dev server) and none was found: set TEMPORAL_CLI_PATH, ' +
        'or run `bash scripts/ci/install-temporal.sh` to install it as .tools/temporal, or put `temporal` on PATH.',
    );
  }
  return found;
}

export async function startTestTemporalServer(
  options: { dbFilename?: string; port?: number } = {},
): Promise<TemporalDevServer> {
  return startTemporalDevServer({
    executable: testTemporalCli(),
    namespace: TEST_TEMPORAL_NAMESPACE,
    logLevel: 'error',
    ...options,
  });
}

export interface TestTemporal {
  address: string;
  namespace: string;
}

/** The run's shared server (started by the globalSetup). */
export function testTemporal(): TestTemporal {
  const address = process.env.TEST_TEMPORAL_ADDRESS;
  if (!address) {
    throw new Error(
      "TEST_TEMPORAL_ADDRESS is not set: this package's vitest config must list temporal-global-setup.ts in globalSetup",
    );
  }
  return { address, namespace: process.env.TEST_TEMPORAL_NAMESPACE ?? TEST_TEMPORAL_NAMESPACE };
}

let bundle: Promise<WorkflowBundleWithSourceMap> | undefined;

/**
 * The workflow bundle, made once per test run: the first file that asks bundles and stores it in the
 * run's directory, later files (and other worker processes) read it back.
 */
export function testWorkflowBundle(): Promise<WorkflowBundleWithSourceMap> {
  bundle ??= (async () => {
    const dir = process.env.TEST_WORKFLOW_BUNDLE_DIR ?? mkdtempSync(join(tmpdir(), 'crm-wf-bundle-'));
    const file = join(dir, 'workflows.json');
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as WorkflowBundleWithSourceMap;
    const made = await bundleCrmWorkflows();
    mkdirSync(dir, { recursive: true });
    const partial = `${file}.${process.pid}`;
    writeFileSync(partial, JSON.stringify(made));
    renameSync(partial, file);
    return made;
  })();
  return bundle;
}

/** The globalSetup's body: start the server unless the run brings one; returns the teardown. */
export async function setUpTemporalForTestRun(): Promise<() => Promise<void>> {
  const bundleDir = mkdtempSync(join(tmpdir(), 'crm-wf-bundle-'));
  process.env.TEST_WORKFLOW_BUNDLE_DIR = bundleDir;
  let server: TemporalDevServer | undefined;
  if (!process.env.TEST_TEMPORAL_ADDRESS) {
    server = await startTestTemporalServer();
    process.env.TEST_TEMPORAL_ADDRESS = server.address;
    process.env.TEST_TEMPORAL_NAMESPACE = TEST_TEMPORAL_NAMESPACE;
  }
  return async () => {
    await server?.stop();
    rmSync(bundleDir, { recursive: true, force: true });
  };
}
