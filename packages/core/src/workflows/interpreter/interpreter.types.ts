// Types shared by the interpreter workflow (sandbox), its activities and the trigger router. Types only.
import type { WorkflowDefinition } from '../definition/definition.schema.js';

/** What a run of a definition receives: everything it needs, so that edits of the workflow never reach it. */
export interface InterpreterInput {
  tenantId: string;
  /** The run's projection row (WorkflowRun.id); empty for scheduled runs (the run makes its own). */
  runId: string;
  /** What started it: record.created, record.updated, date, schedule, manual, webhook. */
  triggerType: string;
  /** The outbox event that started it, if any. */
  triggerEventId: string | null;
  /** The workflow (definition) id, its version and the version's hash. */
  workflowId: string;
  workflowName: string;
  version: number;
  hash: string;
  definition: WorkflowDefinition;
  recordType: string | null;
  recordId: string | null;
  /** `trigger` in expressions: the changed fields of an update, a webhook body, the schedule time. */
  trigger: Record<string, unknown>;
  /** Plugin step kind → the activity the plugin registered for it. */
  pluginActivities: Record<string, string>;
}

/** Something a waiting step may be waiting for, delivered by the trigger router as a signal. */
export type WorkflowEventSignal =
  | { type: 'recordUpdated'; recordType: string; recordId: string; changed: string[] }
  | { type: 'taskCompleted'; activityId: string }
  | { type: 'signal'; name: string; payload?: Record<string, unknown> };

export interface ApprovalDecisionSignal {
  stepId: string;
  approvalId: string;
  decision: 'approved' | 'rejected';
  comment: string | null;
  decidedById: string;
}

/** Names of the interpreter's signals and query (part of every history: never rename). */
export const interpreterSignals = { event: 'workflowEvent', approval: 'approvalDecided' } as const;
export const interpreterQueries = { state: 'runState' } as const;

export interface RunState {
  status: 'running' | 'waiting' | 'completed' | 'failed' | 'cancelled';
  currentStepId: string | null;
  waitingFor: Record<string, unknown> | null;
  nextTimerAt: string | null;
  stepsDone: number;
}

export type RunProjectionStatus = 'running' | 'waiting' | 'completed' | 'failed' | 'cancelled';

/** One write to the run projection: the run row and, optionally, one step-log row. */
export interface RecordRunInput {
  tenantId: string;
  runId: string;
  status: RunProjectionStatus;
  currentStepId: string | null;
  waitingFor: Record<string, unknown> | null;
  nextTimerAt: string | null;
  error?: string | null;
  step?: StepLogInput;
  /** Step-log rows of steps finished since the last projection, written before `step`. */
  steps?: StepLogInput[];
}

/** One row of a run's step log, upserted by (run, seq). */
export interface StepLogInput {
  seq: number;
  stepId: string;
  kind: string;
  status: 'started' | 'waiting' | 'completed' | 'failed' | 'skipped' | 'escalated' | 'cancelled';
  detail?: Record<string, unknown>;
  error?: string | null;
  finished: boolean;
  /** When the step finished (ISO), if its row is written later than that; else the write's time. */
  finishedAt?: string;
}

export type JsonObject = Record<string, unknown>;

/** Creates the run's projection row if the trigger did not (idempotent by the Temporal workflow id). */
export interface EnsureRunInput {
  tenantId: string;
  runId: string;
  temporalWorkflowId: string;
  workflowId: string;
  version: number;
  hash: string;
  triggerType: string;
  triggerEventId: string | null;
  recordType: string | null;
  recordId: string | null;
  /** Marks a run its trigger made (pending) as running, in the same transaction (LEAN_PROJECTION_PATCH). */
  start?: boolean;
}

/** Who a task or record goes to, as the definition says. */
export type AssigneeSpec = { type: 'owner' } | { type: 'manager' } | { type: 'user'; userId: string };
export type RecipientSpec =
  | AssigneeSpec
  | { type: 'role'; role: string }
  | { type: 'email'; address: string }
  | { type: 'recordEmail' };

interface OnRecord {
  tenantId: string;
  runId: string;
  stepId: string;
  recordType: string | null;
  recordId: string | null;
}

export interface CreateTaskInput extends OnRecord {
  activityType: string;
  subject: string;
  body: string | null;
  dueAt: string | null;
  assignee: AssigneeSpec;
}
export interface ActionPlanInput extends OnRecord {
  tasks: {
    key: string;
    subject: string;
    body: string | null;
    dueAt: string;
    assignee: AssigneeSpec;
    dependsOn: string[];
  }[];
}
export interface UpdateFieldsInput extends OnRecord {
  set: Record<string, unknown>;
}
export interface NotifyInput extends OnRecord {
  to: RecipientSpec[];
  title: string;
  body: string | null;
}
export interface SendEmailInput extends OnRecord {
  to: RecipientSpec[];
  subject: string;
  body: string;
}
export interface CreateApprovalInput extends OnRecord {
  role: string;
  title: string;
  description: string | null;
}
export interface AssignInput extends OnRecord {
  rule:
    | { type: 'roundRobin'; teamId: string }
    | { type: 'leastLoaded'; teamId: string }
    | { type: 'territory'; field: string; map: Record<string, string>; fallbackUserId?: string | undefined }
    | { type: 'user'; userId: string };
  keepExistingOwner: boolean;
}
export interface CallWebhookInput extends OnRecord {
  workflowId: string;
  url: string;
  method: 'POST' | 'PUT';
  body: string | null;
}
export interface SummarizePipelineInput extends OnRecord {
  periodDays: number;
  pipelineId: string | null;
  now: string;
}
export interface LoadRecordInput {
  tenantId: string;
  recordType: string;
  recordId: string;
}
export interface PluginStepInput extends OnRecord {
  input: Record<string, unknown>;
}

/** A daily scan of a date-relative trigger (the schedule's fixed input; `now` is added by the scan). */
export interface DateScanInput {
  tenantId: string;
  workflowId: string;
  version: number;
  now?: string;
}

/** The interpreter's activities by registered name (`workflows.*`). */
export interface InterpreterActivities {
  'workflows.ensureRun'(input: EnsureRunInput): Promise<{ runId: string }>;
  'workflows.recordRun'(input: RecordRunInput): Promise<void>;
  'workflows.loadRecord'(input: LoadRecordInput): Promise<JsonObject>;
  'workflows.createTask'(input: CreateTaskInput): Promise<{ activityId: string }>;
  'workflows.actionPlan'(input: ActionPlanInput): Promise<{ activityIds: string[] }>;
  'workflows.updateFields'(input: UpdateFieldsInput): Promise<{ changed: string[] }>;
  'workflows.notify'(input: NotifyInput): Promise<{ notified: number }>;
  'workflows.sendEmail'(input: SendEmailInput): Promise<{ sent: number }>;
  'workflows.createApproval'(input: CreateApprovalInput): Promise<{ approvalId: string }>;
  'workflows.assign'(input: AssignInput): Promise<{ ownerId: string | null; kept: boolean }>;
  'workflows.callWebhook'(input: CallWebhookInput): Promise<{ status: number }>;
  'workflows.summarizePipeline'(input: SummarizePipelineInput): Promise<JsonObject>;
  'workflows.scanDateTrigger'(input: DateScanInput): Promise<{ requested: number }>;
}
