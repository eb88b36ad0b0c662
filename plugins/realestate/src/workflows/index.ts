import type { PluginWorkflowsManifest, TenantDb } from '@crm/core';
import { z } from 'zod';
import { realestateTables } from '../db.js';
import { notifyNewMatches } from '../server/matching/notify-new-matches.js';
import { runPendingMatching } from '../server/matching/run-pending-matching.js';
import { showingReminders } from '../server/showings/showing-reminders.js';
import { pluginEnabled, tenantConfig } from '../server/tenant-config.js';
import { duplicateReviewTasks } from './duplicate-review-tasks.js';
import { markStaleVerifications } from './mark-stale-verifications.js';
import { realestateTemplates } from './templates.js';

// The interpreter sends { tenantId, runId, stepId, recordType, recordId, input }.
const activityInput = z.object({
  tenantId: z.uuid(),
  runId: z.string().nullable().optional(),
  input: z.unknown(),
});
const reviewInput = z.object({ olderThanHours: z.number().int().min(0).max(720).default(24) });

const matchOutput = z.object({
  properties: z.number().int(),
  requirements: z.number().int(),
  newMatches: z.number().int(),
  notified: z.number().int(),
});
const staleOutput = z.object({ stale: z.number().int(), tasks: z.number().int() });
const remindersOutput = z.object({ reminded: z.number().int(), feedbackRequested: z.number().int() });
const reviewOutput = z.object({ tasks: z.number().int() });

/** Runs `work` in the tenant, or answers `idle` when the tenant has switched the plugin off. */
function inTenant<T>(
  database: { withTenant<R>(tenantId: string, work: (db: TenantDb) => Promise<R>): Promise<R> },
  raw: unknown,
  idle: T,
  work: (db: TenantDb, tenantId: string, runId: string | null, input: unknown) => Promise<T>,
): Promise<T> {
  const { tenantId, runId, input } = activityInput.parse(raw);
  // Notifications link to the run only when it is a run row's id.
  const run = z.uuid().safeParse(runId);
  return database.withTenant(tenantId, async (db) =>
    (await pluginEnabled(db)) ? work(db, tenantId, run.success ? run.data : null, input) : idle,
  );
}

/**
 * Workflow step types and activities of the real-estate plugin. Activities re-open the tenant unit of
 * work from the tenant id in their input, are idempotent (safe to retry), and do nothing for a
 * tenant that switched the plugin off.
 */
export const realestateWorkflows = {
  stepTypes: [
    {
      kind: 'realestate.matchRequirements',
      input: z.strictObject({}),
      output: matchOutput,
      activity: 'realestate.matchRequirements',
      label: {
        en: 'Match changed objects and requirements, notify agents',
        ru: 'Подобрать объекты под запросы и уведомить агентов',
      },
    },
    {
      kind: 'realestate.markStaleVerifications',
      input: z.strictObject({}),
      output: staleOutput,
      activity: 'realestate.markStaleVerifications',
      label: {
        en: 'Mark overdue verifications stale (with a task)',
        ru: 'Пометить просроченные проверки (с задачей)',
      },
    },
    {
      kind: 'realestate.showingReminders',
      input: z.strictObject({}),
      output: remindersOutput,
      activity: 'realestate.showingReminders',
      label: { en: 'Showing reminders and feedback tasks', ru: 'Напоминания о показах и задачи на отзыв' },
    },
    {
      kind: 'realestate.duplicateReview',
      input: z.strictObject({ olderThanHours: z.number().int().min(0).max(720).optional() }),
      output: reviewOutput,
      activity: 'realestate.duplicateReview',
      label: { en: 'Review tasks for open duplicates', ru: 'Задачи на разбор дублей' },
    },
  ],
  activities: ({ database }) => ({
    'realestate.matchRequirements': (raw: unknown) =>
      inTenant(
        database,
        raw,
        { properties: 0, requirements: 0, newMatches: 0, notified: 0 },
        async (db, tenantId, runId) => {
          const matched = await runPendingMatching(realestateTables, tenantId);
          const { notified } = await notifyNewMatches(db, realestateTables, tenantId, runId);
          return { ...matched, notified };
        },
      ),
    'realestate.markStaleVerifications': (raw: unknown) =>
      inTenant(database, raw, { stale: 0, tasks: 0 }, (db, tenantId) =>
        markStaleVerifications(db, realestateTables, tenantId),
      ),
    'realestate.showingReminders': (raw: unknown) =>
      inTenant(database, raw, { reminded: 0, feedbackRequested: 0 }, async (db, tenantId, runId) =>
        showingReminders(db, realestateTables, tenantId, await tenantConfig(db), new Date(), runId),
      ),
    'realestate.duplicateReview': (raw: unknown) =>
      inTenant(database, raw, { tasks: 0 }, (db, tenantId, _runId, input) =>
        duplicateReviewTasks(db, realestateTables, tenantId, reviewInput.parse(input ?? {}).olderThanHours),
      ),
  }),
  templates: realestateTemplates,
} satisfies PluginWorkflowsManifest<'realestate'>;
