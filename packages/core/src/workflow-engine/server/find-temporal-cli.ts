import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { AppError } from '../../errors/index.js';

export interface TemporalCliCandidates {
  env?: NodeJS.ProcessEnv;
  /** Further places to look after TEMPORAL_CLI_PATH and before PATH (tests add the repo's .tools). */
  extraPaths?: string[];
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The `temporal` CLI binary: TEMPORAL_CLI_PATH (which must then exist), else `extraPaths`, else the
 * first `temporal` on PATH; undefined when there is none.
 */
export function findTemporalCli(candidates: TemporalCliCandidates = {}): string | undefined {
  const env = candidates.env ?? process.env;
  const named = env.TEMPORAL_CLI_PATH;
  if (named) {
    if (!isExecutable(named)) {
      throw new AppError('INTERNAL', `TEMPORAL_CLI_PATH=${named} is not an executable file`);
    }
    return named;
  }
  for (const path of candidates.extraPaths ?? []) if (isExecutable(path)) return path;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const path = join(dir, 'temporal');
    if (isExecutable(path)) return path;
  }
  return undefined;
}
