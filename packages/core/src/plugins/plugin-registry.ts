import type { RuleContributor } from '../authz/index.js';
import { coreMigrations, type MigrationSource } from '../db/migrate.js';
import type { ExportGuard } from '../exports/export-guard.js';
import { AppError } from '../errors/index.js';
import type { ReportDefinition } from '../reports/report.types.js';
import { searchRegistry, type SearchRegistry } from '../search/search-registry.js';
import type { SearchSource } from '../search/search.types.js';
import { timelineRegistry, type TimelineRegistry } from '../timeline/timeline-registry.js';
import type { TimelineSource } from '../timeline/timeline.types.js';
import type {
  AnyPlugin,
  PluginActivity,
  PluginActivityDeps,
  PluginStepType,
  PluginWorkflowTemplate,
} from './plugin-manifest.js';
import { isPluginEnabled } from './plugin-state.js';

/** A report together with the plugin that contributes it (its runs need the plugin enabled). */
export interface RegisteredReport {
  pluginId: string;
  definition: ReportDefinition;
}

/**
 * The installed plugins as the core uses them. Built once in a composition root from the static
 * list of plugin packages (core never imports a plugin) and handed to the core as a value.
 */
export interface PluginRegistry<P extends readonly AnyPlugin[] = readonly AnyPlugin[]> {
  readonly plugins: P;
  get(id: string): AnyPlugin | undefined;
  /** Core's migrations, then each plugin's, dependencies first. */
  readonly migrations: readonly MigrationSource[];
  /** The plugins' CASL rules, added to every ability. */
  readonly ruleContributors: readonly RuleContributor[];
  /** Core's timeline sources plus the plugins' (silent for tenants without the plugin). */
  readonly timeline: TimelineRegistry;
  /** Core's search sources plus the plugins' (silent for tenants without the plugin). */
  readonly search: SearchRegistry;
  readonly reports: readonly RegisteredReport[];
  /** The plugins' export guards (silent for tenants without the plugin). */
  readonly exportGuards: readonly ExportGuard[];
  readonly stepTypes: readonly (PluginStepType & { pluginId: string })[];
  readonly templates: readonly (PluginWorkflowTemplate & { pluginId: string })[];
  /**
   * Every plugin's Temporal activities by name, for the worker; throws when a step type names an
   * activity its plugin does not provide.
   */
  activities(deps: PluginActivityDeps): Record<string, PluginActivity>;
}

const pluginIdPattern = /^[a-z][a-z0-9]{1,31}$/;

function fail(message: string): never {
  throw new AppError('INTERNAL', `Plugin registry: ${message}`);
}

function assertScoped(pluginId: string, what: string, names: readonly string[]): void {
  const seen = new Set<string>();
  for (const name of names) {
    if (!name.startsWith(`${pluginId}.`) || name.length <= pluginId.length + 1)
      fail(`${what} "${name}" of plugin ${pluginId} must be named "${pluginId}.<name>"`);
    if (seen.has(name)) fail(`${what} "${name}" is declared twice by plugin ${pluginId}`);
    seen.add(name);
  }
}

function validate(plugins: readonly AnyPlugin[]): void {
  const ids = new Set<string>();
  for (const plugin of plugins) {
    if (!pluginIdPattern.test(plugin.id))
      fail(`id "${plugin.id}" must be 2–32 lower-case letters or digits, starting with a letter`);
    if (ids.has(plugin.id)) fail(`plugin "${plugin.id}" is registered twice`);
    for (const dependency of plugin.dependencies ?? []) {
      if (!ids.has(dependency))
        fail(`plugin "${plugin.id}" depends on "${dependency}", which must be registered before it`);
    }
    ids.add(plugin.id);
    assertScoped(plugin.id, 'CASL subject', plugin.authz?.subjects ?? []);
    assertScoped(
      plugin.id,
      'report',
      (plugin.reports ?? []).map((r) => r.id),
    );
    assertScoped(
      plugin.id,
      'timeline source',
      (plugin.timeline ?? []).map((s) => s.name),
    );
    assertScoped(
      plugin.id,
      'export guard',
      (plugin.exportGuards ?? []).map((g) => g.name),
    );
    assertScoped(
      plugin.id,
      'search source',
      (plugin.search ?? []).map((s) => s.type),
    );
    const steps = plugin.workflows?.stepTypes ?? [];
    assertScoped(
      plugin.id,
      'step type',
      steps.map((s) => s.kind),
    );
    assertScoped(plugin.id, 'activity', [...new Set(steps.map((s) => s.activity))]);
    assertScoped(
      plugin.id,
      'workflow template',
      (plugin.workflows?.templates ?? []).map((t) => t.id),
    );
  }
}

/** A plugin's timeline source that answers nothing for tenants without the plugin. */
function gatedTimelineSource(pluginId: string, source: TimelineSource): TimelineSource {
  return {
    name: source.name,
    fetch: async (ctx, query) =>
      (await isPluginEnabled(ctx.db, pluginId)) ? source.fetch(ctx, query) : { events: [], next: null },
  };
}

function gatedSearchSource(pluginId: string, source: SearchSource): SearchSource {
  return {
    type: source.type,
    search: async (ctx, query) =>
      (await isPluginEnabled(ctx.db, pluginId)) ? source.search(ctx, query) : [],
  };
}

function gatedExportGuard(pluginId: string, guard: ExportGuard): ExportGuard {
  return {
    name: guard.name,
    check: async (ctx, request) => {
      if (await isPluginEnabled(ctx.db, pluginId)) await guard.check(ctx, request);
    },
  };
}

/**
 * Checks and indexes the installed plugins: ids unique and well formed, dependencies registered
 * earlier, every contributed name scoped `<pluginId>.<name>`. Throws at startup on any mistake.
 */
export function createPluginRegistry<const P extends readonly AnyPlugin[]>(plugins: P): PluginRegistry<P> {
  validate(plugins);
  const byId = new Map<string, AnyPlugin>(plugins.map((p) => [p.id, p]));
  const migrations: MigrationSource[] = [coreMigrations];
  for (const plugin of plugins) {
    if (plugin.db) migrations.push({ name: `plugin_${plugin.id}`, directory: plugin.db.migrations });
  }
  return {
    plugins,
    get: (id) => byId.get(id),
    migrations,
    ruleContributors: plugins.flatMap((p) => (p.authz ? [p.authz] : [])),
    timeline: timelineRegistry(
      plugins.flatMap((p) => (p.timeline ?? []).map((s) => gatedTimelineSource(p.id, s))),
    ),
    search: searchRegistry(plugins.flatMap((p) => (p.search ?? []).map((s) => gatedSearchSource(p.id, s)))),
    reports: plugins.flatMap((p) => (p.reports ?? []).map((definition) => ({ pluginId: p.id, definition }))),
    exportGuards: plugins.flatMap((p) => (p.exportGuards ?? []).map((g) => gatedExportGuard(p.id, g))),
    stepTypes: plugins.flatMap((p) => (p.workflows?.stepTypes ?? []).map((s) => ({ ...s, pluginId: p.id }))),
    templates: plugins.flatMap((p) => (p.workflows?.templates ?? []).map((t) => ({ ...t, pluginId: p.id }))),
    activities: (deps) => {
      const all: Record<string, PluginActivity> = {};
      for (const plugin of plugins) {
        if (!plugin.workflows) continue;
        const own: Record<string, PluginActivity> = plugin.workflows.activities(deps);
        assertScoped(plugin.id, 'activity', Object.keys(own));
        for (const step of plugin.workflows.stepTypes) {
          if (!(step.activity in own))
            fail(`step "${step.kind}" names activity "${step.activity}", which is missing`);
        }
        Object.assign(all, own);
      }
      return all;
    },
  };
}
