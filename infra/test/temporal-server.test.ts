import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTemporalClient, loadTemporalConfig } from '@crm/core/workflow-engine';
import { testTemporalCli } from '@crm/core/testing';
import { launchTemporal } from '../src/temporal-server.js';

const dataDir = mkdtempSync(join(tmpdir(), 'crm-launch-temporal-'));
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe('where pnpm start gets Temporal from', () => {
  it('reads TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE and TEMPORAL_TASK_QUEUE with their defaults', () => {
    expect(loadTemporalConfig({})).toEqual({ address: undefined, namespace: 'default', taskQueue: 'crm' });
    expect(
      loadTemporalConfig({
        TEMPORAL_ADDRESS: 'temporal:7233',
        TEMPORAL_NAMESPACE: 'prod',
        TEMPORAL_TASK_QUEUE: 'q',
      }),
    ).toEqual({ address: 'temporal:7233', namespace: 'prod', taskQueue: 'q' });
  });

  it('uses an existing cluster as is when TEMPORAL_ADDRESS is set', async () => {
    const launched = await launchTemporal(
      { address: 'temporal.example:7233', namespace: 'x', taskQueue: 'crm' },
      dataDir,
    );
    expect(launched.address).toBe('temporal.example:7233');
    await launched.stop();
  });

  it('otherwise starts the dev server with its SQLite file in the data directory, the namespace and TenantId', async () => {
    process.env.TEMPORAL_CLI_PATH = testTemporalCli();
    const config = { address: undefined, namespace: 'crm-launch', taskQueue: 'crm' };
    const launched = await launchTemporal(config, dataDir);
    const temporal = createTemporalClient({ address: launched.address, namespace: config.namespace });
    try {
      await temporal.checkHealth();
      const attributes = await temporal.connection.operatorService.listSearchAttributes({
        namespace: config.namespace,
      });
      expect(attributes.customAttributes).toHaveProperty('TenantId');
      expect(existsSync(join(dataDir, 'temporal.sqlite'))).toBe(true);
    } finally {
      await temporal.close();
      await launched.stop();
    }
    // Stopped: nothing answers any more.
    const after = createTemporalClient({ address: launched.address, namespace: config.namespace });
    await expect(after.checkHealth(1000)).rejects.toThrow(/does not answer/);
    await after.close();
  });
});
