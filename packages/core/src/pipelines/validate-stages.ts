import { AppError, type FieldIssue } from '../errors/index.js';
import type { StageInput } from './pipeline.schema.js';

/**
 * Rules of a stage list beyond the shape of each stage: names unique within the pipeline (ignoring
 * case), each existing stage named at most once, and at least one open stage for new deals to enter.
 */
export function assertValidStages(stages: readonly StageInput[]): void {
  const issues: FieldIssue[] = [];
  const names = new Map<string, number>();
  const ids = new Set<string>();
  stages.forEach((stage, index) => {
    const name = stage.name.toLocaleLowerCase();
    if (names.has(name))
      issues.push({ field: `stages.${index}.name`, message: `repeats the name of stage ${names.get(name)}` });
    else names.set(name, index);
    if (stage.id !== undefined) {
      if (ids.has(stage.id))
        issues.push({ field: `stages.${index}.id`, message: 'names the same stage twice' });
      ids.add(stage.id);
    }
  });
  if (!stages.some((stage) => stage.kind === 'open')) {
    issues.push({ field: 'stages', message: 'must contain at least one open stage' });
  }
  if (issues.length > 0) throw AppError.invalid(issues);
}
