import { AppError } from '../errors/index.js';
import type { StageKind } from '../pipelines/pipeline.schema.js';
import type { StageTarget } from './resolve-stage.js';

export interface StageBefore {
  stageId: string;
  kind: StageKind;
  closedAt: Date | null;
  lostReason: string | null;
}

export interface StageEntry {
  pipelineId: string;
  stageId: string;
  /** Whether the deal moves to another stage (always true for a new deal). */
  moved: boolean;
  lostReason: string | null;
  /** Set when entering a won or lost stage (from another kind), cleared when reopened, else unchanged. */
  closedAt: Date | null | undefined;
  stageChangedAt: Date | undefined;
}

/**
 * The rules of entering a stage: a lost deal must say why (lostReason, required on entering a lost
 * stage and kept while the deal stays lost; refused for other stages and cleared on leaving); closedAt
 * is set on entering a won or lost stage and cleared when the deal is reopened; stageChangedAt follows
 * every move.
 */
export function planStageEntry(
  target: StageTarget,
  before: StageBefore | null,
  lostReasonInput: string | null | undefined,
  now: Date,
): StageEntry {
  const moved = before === null || before.stageId !== target.stageId;
  let lostReason: string | null = null;
  if (target.kind === 'lost') {
    lostReason =
      lostReasonInput !== undefined ? lostReasonInput : before?.kind === 'lost' ? before.lostReason : null;
    if (!lostReason)
      throw AppError.invalid([{ field: 'lostReason', message: 'is required when the deal is lost' }]);
  } else if (lostReasonInput) {
    throw AppError.invalid([
      { field: 'lostReason', message: 'can only be given for a deal in a lost stage' },
    ]);
  }
  let closedAt: Date | null | undefined;
  if (target.kind === 'open') closedAt = before?.closedAt === null ? undefined : null;
  else closedAt = before?.kind === target.kind ? undefined : now;
  return {
    pipelineId: target.pipelineId,
    stageId: target.stageId,
    moved,
    lostReason,
    closedAt,
    stageChangedAt: moved ? now : undefined,
  };
}
