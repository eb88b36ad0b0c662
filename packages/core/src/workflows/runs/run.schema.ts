import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';

export const runStatuses = ['pending', 'running', 'waiting', 'completed', 'failed', 'cancelled'] as const;
export type RunStatus = (typeof runStatuses)[number];
export const finalRunStatuses: readonly RunStatus[] = ['completed', 'failed', 'cancelled'];

export const runStepOutput = z.object({
  seq: z.number().int(),
  stepId: z.string(),
  kind: z.string(),
  status: z.string(),
  detail: z.unknown(),
  error: z.string().nullable(),
  startedAt: z.date(),
  finishedAt: z.date().nullable(),
});

export const runOutput = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  workflowId: z.uuid(),
  workflowName: z.string(),
  version: z.number().int(),
  definitionHash: z.string(),
  triggerType: z.string(),
  recordType: z.string().nullable(),
  recordId: z.uuid().nullable(),
  status: z.enum(runStatuses),
  currentStepId: z.string().nullable(),
  waitingFor: z
    .unknown()
    .meta({ description: 'what the run waits for: event, approval, timer; null when not waiting' }),
  nextTimerAt: z.date().nullable(),
  error: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  finishedAt: z.date().nullable(),
});
export type RunOutput = z.infer<typeof runOutput>;

export const runDetailOutput = runOutput.extend({ steps: z.array(runStepOutput) });
export type RunDetailOutput = z.infer<typeof runDetailOutput>;

export const listRunsInput = z.strictObject({
  recordId: z.uuid().optional(),
  workflowId: z.uuid().optional(),
  status: z.enum(runStatuses).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(512).optional(),
});
export type ListRunsInput = z.infer<typeof listRunsInput>;

export const startRunInput = z.strictObject({
  id: z.uuid(),
  recordId: z
    .uuid()
    .optional()
    .meta({ description: 'the record to run on (required when the trigger has a record type)' }),
});
export type StartRunInput = z.infer<typeof startRunInput>;

export const runSelect = {
  id: true,
  tenantId: true,
  workflowId: true,
  version: true,
  definitionHash: true,
  triggerType: true,
  recordType: true,
  recordId: true,
  status: true,
  currentStepId: true,
  waitingFor: true,
  nextTimerAt: true,
  error: true,
  createdAt: true,
  updatedAt: true,
  finishedAt: true,
  workflowVersion: { select: { workflow: { select: { name: true } } } },
} satisfies Prisma.WorkflowRunSelect;
export type RunRow = Prisma.WorkflowRunGetPayload<{ select: typeof runSelect }>;

const asStatus = (status: string): RunStatus => runStatuses.find((s) => s === status) ?? 'pending';

export function presentRun(row: RunRow): RunOutput {
  const { workflowVersion, ...rest } = row;
  return { ...rest, status: asStatus(row.status), workflowName: workflowVersion.workflow.name };
}

/** The Temporal workflow id of a run started by an outbox event (deterministic: a replayed event starts nothing new). */
export function runWorkflowId(tenantId: string, workflowId: string, eventId: string): string {
  return `t:${tenantId}:wf:${workflowId}:${eventId}`;
}
