import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils.js';
import { Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { describe, expect, it } from 'vitest';
import { testWorkflowBundle } from '../../src/testing/temporal-test-server.js';
import { bundleCrmWorkflows, installWorkerRuntime } from '../../src/workflow-engine/crm-worker.js';

// Committed histories of real runs (test/histories/*.json, recorded by `pnpm --filter @crm/core
// record-histories`) must replay against the current workflow code: a change that would break open
// runs (non-determinism) fails here, without any server.
const dir = fileURLToPath(new URL('../histories/', import.meta.url));
const histories = readdirSync(dir)
  .filter((file) => file.endsWith('.json'))
  .map((file) => ({
    workflowId: file.replace(/\.json$/, ''),
    history: historyFromJSON(JSON.parse(readFileSync(`${dir}${file}`, 'utf8'))),
  }));

async function replay(workflowBundle: WorkflowBundleWithSourceMap) {
  installWorkerRuntime('error');
  const failures: { workflowId: string; error: string }[] = [];
  for await (const result of Worker.runReplayHistories({ workflowBundle }, histories)) {
    if (result.error) failures.push({ workflowId: result.workflowId, error: String(result.error) });
  }
  return failures;
}

describe('replay of committed workflow histories', () => {
  it('has the histories of the runtime workflows', () => {
    expect(histories.map((h) => h.workflowId)).toEqual(
      expect.arrayContaining([
        'noop-workflow',
        'sleep-then-probe-workflow',
        'interpreter-sla-run',
        'interpreter-sla-run-local-bookkeeping',
        'interpreter-sla-run-local-record-steps',
        'interpreter-sla-run-lean-projection',
        'webhook-delivery-blocked',
      ]),
    );
  });

  it('replays every history against the current bundle', async () => {
    expect(await replay(await testWorkflowBundle())).toEqual([]);
  });

  it('fails for a bundle whose workflow changed incompatibly (the check can fail)', async () => {
    const changed = await bundleCrmWorkflows(
      fileURLToPath(new URL('./support/changed-workflows.ts', import.meta.url)),
    );
    const failures = await replay(changed);
    expect(failures.map((f) => f.workflowId)).toEqual(['sleep-then-probe-workflow']);
    expect(failures[0]?.error).toMatch(/Nondeterminism|DeterminismViolation/i);
  });
});
