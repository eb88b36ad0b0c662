import { AppError } from '../errors/index.js';

/** An activity implementation: one JSON-serialisable input object, a promise of a JSON result. */
export type ActivityFunction = (input: never) => Promise<unknown>;

/** Activities by their registered name `<namespace>.<name>` (core: `core.*`, a plugin: `<pluginId>.*`). */
export type ActivityRegistry = Readonly<Record<string, ActivityFunction>>;

type Namespaced<N extends string, T extends Record<string, ActivityFunction>> = {
  readonly [K in keyof T & string as `${N}.${K}`]: T[K];
};

const namespacePattern = /^[a-z][a-z0-9-]*$/;
const namePattern = /^[a-z][A-Za-z0-9]*$/;

/**
 * Names a group of activities: `defineActivities('core', { probe })` registers `core.probe`.
 * Workflows call them by that name through `proxyActivities`, so the name is part of every history
 * that used it: rename only by adding the new name and keeping the old one until no run uses it.
 */
export function defineActivities<N extends string, T extends Record<string, ActivityFunction>>(
  namespace: N,
  activities: T,
): Namespaced<N, T> {
  if (!namespacePattern.test(namespace)) {
    throw new AppError('INTERNAL', `Activity namespace "${namespace}" must be lower-case letters, digits, -`);
  }
  const named: Record<string, ActivityFunction> = {};
  for (const [name, fn] of Object.entries(activities)) {
    if (!namePattern.test(name)) {
      throw new AppError('INTERNAL', `Activity name "${namespace}.${name}" must be camelCase`);
    }
    named[`${namespace}.${name}`] = fn;
  }
  return named as Namespaced<N, T>;
}

/** One registry from core's and each plugin's groups; a name registered twice is refused. */
export function createActivityRegistry(...groups: ActivityRegistry[]): ActivityRegistry {
  const registry: Record<string, ActivityFunction> = {};
  for (const group of groups) {
    for (const [name, fn] of Object.entries(group)) {
      if (name in registry) throw new AppError('INTERNAL', `Activity "${name}" is registered twice`);
      registry[name] = fn;
    }
  }
  return Object.freeze(registry);
}
