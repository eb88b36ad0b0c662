import { fileURLToPath } from 'node:url';
import {
  bundleWorkflowCode,
  DefaultLogger,
  NativeConnection,
  Runtime,
  Worker,
  type WorkerOptions,
  type WorkflowBundleWithSourceMap,
} from '@temporalio/worker';
import type { ActivityRegistry } from './activity-registry.js';

/** The bundle entry that re-exports every workflow (see workflows/index.ts). */
export const crmWorkflowsPath = fileURLToPath(new URL('./workflows/index.ts', import.meta.url));

export type CrmWorkflowSource = { workflowsPath: string } | { workflowBundle: WorkflowBundleWithSourceMap };

export interface CrmWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  /** Core's activities plus every plugin's (createActivityRegistry). */
  activities: ActivityRegistry;
  /** Default: bundle `crmWorkflowsPath` at start (a few seconds); tests pass a bundle made once. */
  workflows?: CrmWorkflowSource;
  /** Tuning passed through to Worker.create (concurrency, shutdown grace time). */
  tuning?: Pick<
    WorkerOptions,
    | 'maxConcurrentActivityTaskExecutions'
    | 'maxConcurrentWorkflowTaskExecutions'
    | 'maxCachedWorkflows'
    | 'shutdownGraceTime'
    | 'stickyQueueScheduleToStartTimeout'
    | 'identity'
  >;
}

/** Bundles the workflow code once (webpack): pass the result to several workers or test runs. */
export async function bundleCrmWorkflows(
  workflowsPath = crmWorkflowsPath,
): Promise<WorkflowBundleWithSourceMap> {
  return bundleWorkflowCode({ workflowsPath, logger: quietBundlerLogger });
}

/** The CRM worker: one task queue, every registered activity, the workflow bundle. */
export async function createCrmWorker(options: CrmWorkerOptions): Promise<Worker> {
  const workflows = options.workflows ?? { workflowsPath: crmWorkflowsPath };
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    activities: options.activities,
    ...workflows,
    shutdownGraceTime: '10 s',
    ...options.tuning,
  });
}

export type WorkerLogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/**
 * Sets the SDK's process-wide logger once, before the first worker connection (later calls keep the
 * first choice: the runtime can only be installed once per process).
 */
export function installWorkerRuntime(level: WorkerLogLevel = 'warn'): void {
  if (Runtime._instance) return;
  const sdkLevel = (
    {
      fatal: 'ERROR',
      error: 'ERROR',
      warn: 'WARN',
      info: 'INFO',
      debug: 'DEBUG',
      trace: 'TRACE',
      silent: 'ERROR',
    } as const
  )[level];
  const logger =
    level === 'silent' ? new DefaultLogger('ERROR', () => undefined) : new DefaultLogger(sdkLevel);
  Runtime.install({ logger });
}

export async function connectWorker(address: string): Promise<NativeConnection> {
  return NativeConnection.connect({ address });
}

const quietBundlerLogger = {
  log: () => undefined,
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: (message: string) => process.stderr.write(`workflow bundle: ${message}\n`),
  error: (message: string) => process.stderr.write(`workflow bundle: ${message}\n`),
};
