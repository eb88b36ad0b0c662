import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';
import { workflowDefinition } from '../definition/definition.schema.js';

const name = z.string().trim().min(1).max(200);
const description = z.string().trim().max(5_000).nullable().optional();

/**
 * A definition as the API receives it: any JSON object here, so that validation can report every
 * problem with its path (docs/workflows.md); the OpenAPI document shows the full schema.
 */
export const definitionInput = z.record(z.string(), z.unknown()).meta({
  override: ({ jsonSchema }: { jsonSchema: Record<string, unknown> }) => {
    Object.assign(
      jsonSchema,
      z.toJSONSchema(workflowDefinition, { target: 'openapi-3.0', unrepresentable: 'any' }),
    );
  },
});

export const createWorkflowInput = z.strictObject({ name, description, definition: definitionInput });
export type CreateWorkflowInput = z.infer<typeof createWorkflowInput>;

export const updateWorkflowInput = z.strictObject({
  id: z.uuid(),
  name: name.optional(),
  description,
  definition: definitionInput.optional(),
});
export type UpdateWorkflowInput = z.infer<typeof updateWorkflowInput>;

export const validateWorkflowInput = z.strictObject({
  id: z.uuid(),
  definition: definitionInput.optional().meta({ description: 'validate this instead of the latest version' }),
});
export const validateDefinitionInput = z.strictObject({ definition: definitionInput });

export const listWorkflowsInput = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(512).optional(),
  search: z.string().trim().min(1).max(200).optional(),
  status: z.enum(['draft', 'published', 'archived']).optional(),
});
export type ListWorkflowsInput = z.infer<typeof listWorkflowsInput>;

export const workflowStatuses = ['draft', 'published', 'archived'] as const;
export const versionStatuses = ['draft', 'published', 'superseded', 'archived'] as const;

export const validationOutput = z.object({
  valid: z.boolean(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })),
});
export type ValidationOutput = z.infer<typeof validationOutput>;

export const workflowVersionOutput = z.object({
  workflowId: z.uuid(),
  version: z.number().int(),
  status: z.enum(versionStatuses),
  hash: z.string(),
  triggerType: z.string(),
  recordType: z.string().nullable(),
  definition: z.record(z.string(), z.unknown()),
  createdAt: z.date(),
  publishedAt: z.date().nullable(),
  publishedById: z.uuid().nullable(),
});
export type WorkflowVersionOutput = z.infer<typeof workflowVersionOutput>;

export const workflowOutput = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  status: z.enum(workflowStatuses),
  latestVersion: z.number().int(),
  publishedVersion: z.number().int().nullable(),
  templateId: z.string().nullable(),
  hasHookToken: z.boolean(),
  signingSecret: z.string().meta({ description: 'HMAC-SHA256 key of the outgoing webhook signatures' }),
  createdAt: z.date(),
  updatedAt: z.date(),
  archivedAt: z.date().nullable(),
  /** The latest version: the draft being edited, or the published one. */
  latest: workflowVersionOutput,
});
export type WorkflowOutput = z.infer<typeof workflowOutput>;

export const workflowSummaryOutput = workflowOutput.omit({ latest: true, signingSecret: true }).extend({
  triggerType: z.string(),
  recordType: z.string().nullable(),
  lastPublishedAt: z.date().nullable(),
  runCount: z.number().int(),
});
export type WorkflowSummaryOutput = z.infer<typeof workflowSummaryOutput>;

export const versionSelect = {
  workflowId: true,
  version: true,
  status: true,
  hash: true,
  triggerType: true,
  recordType: true,
  definition: true,
  createdAt: true,
  publishedAt: true,
  publishedById: true,
} satisfies Prisma.WorkflowVersionSelect;

export const workflowSelect = {
  id: true,
  tenantId: true,
  name: true,
  description: true,
  status: true,
  latestVersion: true,
  publishedVersion: true,
  templateId: true,
  hookTokenHash: true,
  signingSecret: true,
  createdAt: true,
  updatedAt: true,
  archivedAt: true,
} satisfies Prisma.WorkflowSelect;

export type WorkflowRow = Prisma.WorkflowGetPayload<{ select: typeof workflowSelect }>;
export type VersionRow = Prisma.WorkflowVersionGetPayload<{ select: typeof versionSelect }>;

export const hookTokenOutput = z.object({
  workflowId: z.uuid(),
  token: z.string().meta({ description: 'shown once; call POST /api/v1/hooks/workflows/{token}' }),
});
