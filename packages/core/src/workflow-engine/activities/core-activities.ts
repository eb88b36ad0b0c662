import type { Database } from '../../db/database.js';
import { defineActivities } from '../activity-registry.js';
import { sweepTaskReminders } from '../../workflows/notifications/remind-due-tasks.js';
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
    /** The scheduled task-reminder sweep (platform job across tenants, each in its own unit of work). */
    sweepTaskReminders: (input: { now: string }) => sweepTaskReminders(deps.database, new Date(input.now)),
  });
}

export type CoreActivities = ReturnType<typeof createCoreActivities>;
