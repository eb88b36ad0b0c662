import type { Database } from '@crm/core';
import {
  createActivityRegistry,
  createCoreActivities,
  type ActivityRegistry,
} from '@crm/core/workflow-engine';

export interface WorkerActivityDeps {
  database: Database;
}

/**
 * Every activity the CRM worker runs, by name: core's (`core.*`), the workflow definitions' step
 * activities and each installed plugin's (`<pluginId>.*`). New groups are added to this one list.
 */
export function createWorkerActivities(deps: WorkerActivityDeps): ActivityRegistry {
  return createActivityRegistry(createCoreActivities({ database: deps.database }));
}
