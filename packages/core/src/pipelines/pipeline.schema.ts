import { z } from 'zod';
import type { Prisma } from '../generated/prisma/client.js';
import { listInputBase } from '../records/list-input.js';

export const stageKinds = ['open', 'won', 'lost'] as const;
export type StageKind = (typeof stageKinds)[number];

const stageFields = {
  name: z.string().trim().min(1).max(100),
  probability: z.number().int().min(0).max(100),
  kind: z.enum(stageKinds),
};

/** A stage of a new pipeline; the order of the array is the order of the stages. */
export const newStageInput = z.strictObject(stageFields);
/** A stage in a replacement list: with `id` an existing stage is kept (and updated), without one it is created. */
export const stageInput = z.strictObject({ id: z.uuid().optional(), ...stageFields });
export type StageInput = z.infer<typeof stageInput>;

const pipelineName = z.string().trim().min(1).max(200);
const pipelinePosition = z.number().int().min(0).max(100_000);

export const createPipelineInput = z.strictObject({
  name: pipelineName,
  isDefault: z.boolean().optional(),
  position: pipelinePosition.optional(),
  stages: z.array(newStageInput).min(1).max(50),
});
export type CreatePipelineInput = z.infer<typeof createPipelineInput>;

export const updatePipelineInput = z.strictObject({
  id: z.uuid(),
  expectedVersion: z.number().int().positive().optional(),
  name: pipelineName.optional(),
  isDefault: z.boolean().optional(),
  position: pipelinePosition.optional(),
  stages: z.array(stageInput).min(1).max(50).optional(),
});
export type UpdatePipelineInput = z.infer<typeof updatePipelineInput>;

export const listPipelinesInput = listInputBase.omit({ ownerId: true, deleted: true });
export type ListPipelinesInput = z.infer<typeof listPipelinesInput>;

export const stageOutput = z.object({
  id: z.uuid(),
  pipelineId: z.uuid(),
  name: z.string(),
  position: z.number().int(),
  probability: z.number().int(),
  kind: z.enum(stageKinds),
});
export type StageOutput = z.infer<typeof stageOutput>;

export const pipelineOutput = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  name: z.string(),
  isDefault: z.boolean(),
  position: z.number().int(),
  version: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
  stages: z.array(stageOutput),
});
export type PipelineOutput = z.infer<typeof pipelineOutput>;

export const stageSelect = {
  id: true,
  pipelineId: true,
  name: true,
  position: true,
  probability: true,
  kind: true,
} satisfies Prisma.StageSelect;

export const pipelineSelect = {
  id: true,
  tenantId: true,
  name: true,
  isDefault: true,
  position: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  stages: { select: stageSelect, orderBy: [{ position: 'asc' }, { id: 'asc' }] },
} satisfies Prisma.PipelineSelect;

export type PipelineRow = Prisma.PipelineGetPayload<{ select: typeof pipelineSelect }>;

export const pipelineSortFields = ['position', 'name', 'createdAt'] as const;

/** The stored kind of a stage; the column's CHECK constraint allows only these values. */
export function stageKindOf(kind: string): StageKind {
  return (stageKinds as readonly string[]).includes(kind) ? (kind as StageKind) : 'open';
}

export function presentPipeline(row: PipelineRow): PipelineOutput {
  return { ...row, stages: row.stages.map((stage) => ({ ...stage, kind: stageKindOf(stage.kind) })) };
}

export const removeStageInput = z.strictObject({
  id: z.uuid(),
  stageId: z.uuid(),
  /** Where the stage's deals go: another stage of the same pipeline and of the same kind. Required when deals use the stage. */
  moveDealsToStageId: z.uuid().optional(),
  expectedVersion: z.number().int().positive().optional(),
});
export type RemoveStageInput = z.infer<typeof removeStageInput>;

export const removeStageOutput = z.object({
  pipeline: pipelineOutput,
  movedDeals: z.number().int(),
});
export type RemoveStageOutput = z.infer<typeof removeStageOutput>;
