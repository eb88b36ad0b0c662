import type { FieldIssue } from '../../errors/index.js';
import { joinPath } from './path.js';

/**
 * The problems of an action plan's task graph: keys used twice, dependencies on keys no task has,
 * and dependency cycles, which would leave no task to start with.
 */
export function planIssues(tasks: { key: string; dependsOn: string[] }[], path: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const keys = new Map<string, number>();
  tasks.forEach((task, i) => {
    if (keys.has(task.key))
      issues.push({
        field: joinPath(path, 'tasks', i, 'key'),
        message: `task key "${task.key}" is used twice`,
      });
    keys.set(task.key, i);
  });
  tasks.forEach((task, i) => {
    task.dependsOn.forEach((dep, j) => {
      if (!keys.has(dep))
        issues.push({
          field: joinPath(path, 'tasks', i, 'dependsOn', j),
          message: `no task has key "${dep}"`,
        });
    });
  });
  const cycle = firstCycle(tasks);
  if (cycle !== undefined)
    issues.push({
      field: joinPath(path, 'tasks'),
      message: `task dependencies form a cycle through "${cycle}"`,
    });
  return issues;
}

/** The key of the first task found on a dependency cycle, if there is one. */
function firstCycle(tasks: { key: string; dependsOn: string[] }[]): string | undefined {
  const state = new Map<string, 'visiting' | 'done'>();
  const byKey = new Map(tasks.map((task) => [task.key, task]));
  const visit = (key: string): boolean => {
    if (state.get(key) === 'done') return false;
    if (state.get(key) === 'visiting') return true;
    state.set(key, 'visiting');
    const cyclic = (byKey.get(key)?.dependsOn ?? []).some(visit);
    state.set(key, 'done');
    return cyclic;
  };
  return tasks.find((task) => visit(task.key))?.key;
}
