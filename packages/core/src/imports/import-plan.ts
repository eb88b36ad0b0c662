import { customFieldVisibility, loadCustomFieldDefinitions } from '../custom-fields/index.js';
import type { StageTarget } from '../deals/resolve-stage.js';
import { AppError } from '../errors/index.js';
import { stageKindOf } from '../pipelines/pipeline.schema.js';
import type { TenantContext } from '../records/context.js';
import { planColumns } from './import-fields.js';
import { importOptionsInput, type ImportObjectType, type ImportOptions } from './import.schema.js';
import type { RowPlan } from './row-builder.js';
import type { DealDefaults } from './row-validators.js';

/** The stored options of an import (as createImport wrote them). */
export function storedOptions(stored: unknown): ImportOptions {
  const parsed = importOptionsInput.safeParse(stored);
  if (!parsed.success) throw new AppError('INTERNAL', 'The import options are unreadable');
  return parsed.data;
}

async function dealDefaults(ctx: TenantContext): Promise<DealDefaults> {
  const [tenant, pipeline] = await Promise.all([
    ctx.db.tenant.findUnique({ where: { id: ctx.actor.tenantId }, select: { currency: true } }),
    ctx.db.pipeline.findFirst({
      where: { tenantId: ctx.actor.tenantId, isDefault: true, deletedAt: null },
      select: {
        id: true,
        stages: { select: { id: true, name: true, kind: true }, orderBy: { position: 'asc' } },
      },
    }),
  ]);
  const targets = (pipeline?.stages ?? []).map((stage) => ({
    name: stage.name,
    target: {
      pipelineId: pipeline?.id ?? '',
      stageId: stage.id,
      kind: stageKindOf(stage.kind),
    } satisfies StageTarget,
  }));
  return {
    currency: tenant?.currency ?? 'RUB',
    stages: new Map(targets.map((t) => [t.name.trim().toLowerCase(), t.target])),
    openStage: targets.find((t) => t.target.kind === 'open')?.target,
    now: new Date(),
  };
}

/** How the rows of a file are read: its columns (checked against the header again) and validators. */
export async function rowPlanOf(
  ctx: TenantContext,
  objectType: ImportObjectType,
  options: ImportOptions,
  header: string[],
): Promise<RowPlan> {
  const definitions = await loadCustomFieldDefinitions(ctx.db, objectType);
  const visible = customFieldVisibility(ctx.actor.permissions, objectType);
  const columns = planColumns({ objectType, header, definitions, visible }, options.mapping);
  return {
    objectType,
    columns,
    headerLength: header.length,
    definitions,
    visible,
    dedupeBy: options.dedupe?.by ?? [],
    ...(objectType === 'deal' ? { deal: await dealDefaults(ctx) } : {}),
  };
}
