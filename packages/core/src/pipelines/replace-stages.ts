import { AppError, type FieldIssue } from '../errors/index.js';
import { newId } from '../ids.js';
import type { TenantContext } from '../records/context.js';
import { dealCountsByStage, lockPipelineStages } from './get-pipeline.js';
import type { PipelineRow, StageInput } from './pipeline.schema.js';
import { assertValidStages } from './validate-stages.js';

type ExistingStage = PipelineRow['stages'][number];

/**
 * Replaces a pipeline's stage list: stages given with an id are updated and reordered, stages without
 * one are created, stages left out are deleted. A stage that deals use can be neither deleted nor given
 * another kind (the deals' closedAt and lostReason follow the kind): that answers 409 naming the stage.
 */
export async function replaceStages(
  ctx: TenantContext,
  pipeline: PipelineRow,
  stages: StageInput[],
): Promise<void> {
  assertValidStages(stages);
  const existing = new Map(pipeline.stages.map((stage) => [stage.id, stage]));
  const foreign: FieldIssue[] = stages.flatMap((stage, index) =>
    stage.id !== undefined && !existing.has(stage.id)
      ? [{ field: `stages.${index}.id`, message: 'is not a stage of this pipeline' }]
      : [],
  );
  if (foreign.length > 0) throw AppError.invalid(foreign);
  await lockPipelineStages(ctx, pipeline.id);
  const kept = new Set(stages.flatMap((stage) => (stage.id ? [stage.id] : [])));
  const removed = pipeline.stages.filter((stage) => !kept.has(stage.id));
  const rekinded = stages.flatMap((stage) => {
    const before = stage.id ? existing.get(stage.id) : undefined;
    return before && before.kind !== stage.kind ? [before] : [];
  });
  await assertUnused(ctx, removed, 'delete');
  await assertUnused(ctx, rekinded, 'change the kind of');
  if (removed.length > 0) {
    await ctx.db.stage.deleteMany({
      where: { tenantId: ctx.actor.tenantId, id: { in: removed.map((s) => s.id) } },
    });
  }
  await writeStages(ctx, pipeline.id, stages, existing);
}

async function assertUnused(ctx: TenantContext, stages: ExistingStage[], verb: string): Promise<void> {
  const counts = await dealCountsByStage(
    ctx,
    stages.map((stage) => stage.id),
  );
  const used = stages.filter((stage) => (counts.get(stage.id) ?? 0) > 0);
  const first = used[0];
  if (!first) return;
  throw AppError.conflict(
    `Cannot ${verb} stage "${first.name}": ${counts.get(first.id)} deal(s) use it; move them to another stage first`,
    {
      stages: used.map((stage) => ({ id: stage.id, name: stage.name, dealCount: counts.get(stage.id) ?? 0 })),
    },
  );
}

async function writeStages(
  ctx: TenantContext,
  pipelineId: string,
  stages: StageInput[],
  existing: Map<string, ExistingStage>,
): Promise<void> {
  const tenantId = ctx.actor.tenantId;
  const created: {
    tenantId: string;
    id: string;
    pipelineId: string;
    name: string;
    position: number;
    probability: number;
    kind: string;
  }[] = [];
  for (const [position, { id, ...fields }] of stages.entries()) {
    if (id === undefined) {
      created.push({ tenantId, id: newId(), pipelineId, position, ...fields });
      continue;
    }
    const before = existing.get(id);
    const unchanged =
      before &&
      before.position === position &&
      before.name === fields.name &&
      before.probability === fields.probability &&
      before.kind === fields.kind;
    if (!unchanged)
      await ctx.db.stage.updateMany({ where: { tenantId, id, pipelineId }, data: { position, ...fields } });
  }
  if (created.length > 0) await ctx.db.stage.createMany({ data: created });
}
