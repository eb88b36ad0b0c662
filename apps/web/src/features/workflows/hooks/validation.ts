import { TRIGGER_ID } from '../editor/graph-layout.js';

export interface ValidationError {
  path: string;
  message: string;
}

const stepSegment = /^(\d+)$/;

/**
 * The graph node an error path points to: the deepest step on the path (`steps.2.then.0.subject` →
 * `steps.2.then.0`), the "add" node of a list for errors about the list itself (`steps` →
 * `add:steps`), the trigger node for `trigger.*` and `settings.*`.
 */
export function nodeOfPath(path: string, stepIds: ReadonlySet<string>): string {
  if (path === 'trigger' || path.startsWith('trigger.') || path.startsWith('settings')) return TRIGGER_ID;
  const parts = path.split('.');
  let best: string | null = null;
  for (let i = 1; i <= parts.length; i += 1) {
    const prefix = parts.slice(0, i).join('.');
    if (stepIds.has(prefix) && stepSegment.test(parts[i - 1] ?? '')) best = prefix;
  }
  if (best === null) return parts[0] === 'steps' ? `add:${path}` : TRIGGER_ID;
  // An error about a nested list of the step (e.g. an empty branch) belongs to that list's add node.
  const rest = path.slice(best.length + 1);
  if (/^(then|else|sla\.escalations\.\d+\.steps)$/.test(rest)) return `add:${path}`;
  return best;
}

export function countByNode(
  errors: readonly ValidationError[],
  stepIds: ReadonlySet<string>,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const error of errors) {
    const node = nodeOfPath(error.path, stepIds);
    counts.set(node, (counts.get(node) ?? 0) + 1);
  }
  return counts;
}

/** The errors at a path and below it, keyed by the rest of the path ('' for the path itself). */
export function errorsUnder(errors: readonly ValidationError[], prefix: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const error of errors) {
    if (error.path === prefix) out.set('', error.message);
    else if (error.path.startsWith(`${prefix}.`)) {
      const rest = error.path.slice(prefix.length + 1);
      if (!out.has(rest)) out.set(rest, error.message);
    }
  }
  return out;
}
