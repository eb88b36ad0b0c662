-- The worker's task-reminder sweep (workflows/notifications/remind-due-tasks.ts) looks, across
-- tenants, for open tasks whose due time has passed: only those rows, by due time.
CREATE INDEX "Activity_task_due_idx" ON "Activity" ("dueAt")
  WHERE "type" = 'task' AND "done" = false AND "deletedAt" IS NULL;
