/** Where the workflow engine is and how it is addressed; every variable is listed in the README. */
export interface TemporalConfig {
  /** host:port of an existing Temporal frontend; undefined means "the launcher starts a dev server". */
  address: string | undefined;
  namespace: string;
  taskQueue: string;
}

export const DEFAULT_TEMPORAL_NAMESPACE = 'default';
export const DEFAULT_TASK_QUEUE = 'crm';

export function loadTemporalConfig(env: NodeJS.ProcessEnv = process.env): TemporalConfig {
  return {
    address: env.TEMPORAL_ADDRESS || undefined,
    namespace: env.TEMPORAL_NAMESPACE || DEFAULT_TEMPORAL_NAMESPACE,
    taskQueue: env.TEMPORAL_TASK_QUEUE || DEFAULT_TASK_QUEUE,
  };
}
