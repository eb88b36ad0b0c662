import type { Database } from '../../db/database.js';
import { defineActivities } from '../activity-registry.js';
import { createProbeActivity } from './probe.activity.js';

export interface CoreActivityDeps {
  database: Database;
}

/**
 * Core's activities, registered as `core.<name>`. The workflow definitions' step activities are
 * added here (or in their own group merged by createActivityRegistry) by the workflows module.
 */
export function createCoreActivities(deps: CoreActivityDeps) {
  return defineActivities('core', {
    probe: createProbeActivity(deps.database),
  });
}

export type CoreActivities = ReturnType<typeof createCoreActivities>;
