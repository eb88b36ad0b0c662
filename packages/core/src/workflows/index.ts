// Workflows a tenant admin configures: the definition language, the expression language, the
// lifecycle (draft → published → archived), runs, approvals, notifications and templates.
export * from './definition/index.js';
export * as expressions from './expressions/index.js';
export * from './lifecycle/workflow.schema.js';
export { createWorkflow } from './lifecycle/create-workflow.js';
export { getWorkflow } from './lifecycle/get-workflow.js';
export { listWorkflows } from './lifecycle/list-workflows.js';
export { updateWorkflow } from './lifecycle/update-workflow.js';
export { publishWorkflow } from './lifecycle/publish-workflow.js';
export { archiveWorkflow } from './lifecycle/archive-workflow.js';
export { listWorkflowVersions } from './lifecycle/list-workflow-versions.js';
export { validateWorkflow, validateWorkflowDefinition } from './lifecycle/validate-workflow.js';
export { issueHookToken } from './lifecycle/issue-hook-token.js';
export { checkDefinition } from './lifecycle/check-definition.js';
export { listStepTypes, stepTypeOutput, type StepTypeOutput } from './lifecycle/list-step-types.js';
export * from './runs/run.schema.js';
export { listRuns } from './runs/list-runs.js';
export { getRun } from './runs/get-run.js';
export { cancelRun } from './runs/cancel-run.js';
export { startRun } from './runs/start-run.js';
export { receiveWorkflowHook, MAX_HOOK_BODY } from './runs/receive-hook.js';
export * from './approvals/approval.schema.js';
export { listApprovals } from './approvals/list-approvals.js';
export { decideApproval } from './approvals/decide-approval.js';
export * from './notifications/notification.schema.js';
export { listNotifications } from './notifications/list-notifications.js';
export {
  remindDueTasks,
  sweepTaskReminders,
  taskReminderKey,
  TASK_REMINDER_LOOKBACK_MS,
} from './notifications/remind-due-tasks.js';
export { markNotificationRead, markAllNotificationsRead } from './notifications/mark-notifications-read.js';
export {
  NOTIFICATION_CHANNEL,
  listenForNotificationNews,
  parseNotificationNews,
  type NotificationNews,
  type NotificationNewsListener,
  type NotificationNewsOptions,
} from './notifications/listen-for-notification-news.js';
export { builtInTemplates, type WorkflowTemplate } from './templates/built-in-templates.js';
export * from './templates/template.schema.js';
export { listTemplates } from './templates/list-templates.js';
export { installTemplate } from './templates/install-template.js';
export * from './interpreter/interpreter.types.js';
export {
  createWorkflowActivities,
  type WorkflowActivityDeps,
} from './interpreter/activities/workflow-activities.js';
export type { SendMail } from './interpreter/activities/message-activities.js';
export {
  createTriggerRouter,
  deterministicRunId,
  INTERPRETER_WORKFLOW_TYPE,
  type TriggerRouterDeps,
} from './interpreter/trigger-router.js';
export { scheduleId, syncSchedule } from './interpreter/schedules.js';
