import type { z } from 'zod';
import type { Action, Actor, PluginSubject } from '../authz/index.js';
import type { Database } from '../db/database.js';
import type { ExportGuard } from '../exports/export-guard.js';
import type { TenantContext } from '../records/context.js';
import type { Localized, ReportDefinition } from '../reports/report.types.js';
import type { SearchSource } from '../search/search.types.js';
import type { TimelineSource } from '../timeline/timeline.types.js';

export type { Localized } from '../reports/report.types.js';

/** A name a plugin owns: `<pluginId>.<name>` (subjects, step kinds, activities, reports, sources). */
export type PluginScoped<Id extends string> = `${Id}.${string}`;

/** The plugin's own tables: SQL migrations applied after the core's, with their own history table. */
export interface PluginDbManifest {
  /**
   * Absolute directory of `NNN.do.<name>.sql` files (postgrator naming), usually
   * `fileURLToPath(new URL('../migrations', import.meta.url))`. Applied in order after the core's
   * under the same advisory lock, each in a transaction, checksums verified; history table
   * `migrations_plugin_<id>`.
   */
  migrations: string;
}

/** Collects a plugin's CASL rules for one actor; subjects and actions are the plugin's own. */
export interface PluginRuleBuilder<A extends string, S extends PluginSubject> {
  /** Allows `action` on `subject`, optionally only on records matching `conditions` (mongo-style). */
  can(action: A | readonly A[], subject: S, conditions?: Record<string, unknown>): void;
  /** Hides `fields` of `subject` from reads. */
  hideFields(subject: S, fields: readonly string[]): void;
}

export interface PluginAuthzManifest<A extends string, S extends PluginSubject> {
  /** CASL subjects, each `<pluginId>.<Name>`. */
  subjects: readonly S[];
  /** Actions beyond the core's (read, create, update, delete, export, import, assign, manage). */
  actions: readonly A[];
  /**
   * The actor's rules on this plugin's subjects, from its role (`actor.roleKey` for the system roles,
   * `actor.permissions` for custom ones). Anything not allowed here is denied.
   */
  defineRules(actor: Actor, rules: PluginRuleBuilder<A | Action, S>): void;
}

/**
 * A workflow step type the plugin adds to the workflow DSL: `kind` and `activity` are
 * `<pluginId>.<name>`; `input` validates the step's configuration, `output` what the activity returns.
 */
export interface PluginStepType<
  Id extends string = string,
  I extends z.ZodType = z.ZodType,
  O extends z.ZodType = z.ZodType,
> {
  kind: PluginScoped<Id>;
  input: I;
  output: O;
  activity: PluginScoped<Id>;
  label: Localized;
}

/** What activities receive besides their input: the process's database (they open `withTenant`). */
export interface PluginActivityDeps {
  database: Database;
}

/** A Temporal activity: idempotent, re-opens the tenant unit of work from the tenant id in its input. */
export type PluginActivity = (input: never) => Promise<unknown>;

/** A workflow a tenant admin can install from the plugin (its definition is a workflow DSL document). */
export interface PluginWorkflowTemplate<Id extends string = string> {
  id: PluginScoped<Id>;
  name: Localized;
  description: Localized;
  /** The workflow definition (trigger + steps) in the core's workflow DSL; validated when installed. */
  definition: Record<string, unknown>;
}

export interface PluginWorkflowsManifest<Id extends string = string> {
  /** Step types of the workflow language (`workflows.WorkflowStepType`); the interpreter calls the
   * activity with `{ tenantId, runId, stepId, recordType, recordId, input }`. */
  stepTypes: readonly PluginStepType<Id>[];
  /** Activities by name (`<pluginId>.<name>`), built once per worker process. */
  activities(deps: PluginActivityDeps): Record<PluginScoped<Id>, PluginActivity>;
  templates: readonly PluginWorkflowTemplate<Id>[];
}

/** What a plugin's `seed`, `onEnable` and `onDisable` receive: the tenant unit of work of the admin. */
export interface PluginLifecycleContext<Config> {
  ctx: TenantContext;
  config: Config;
}

/**
 * A plugin, as written by its author with `definePlugin`. Everything but `id`, `version`, `name`,
 * `description` and `config` is optional; see docs/plugins.md.
 */
export interface PluginManifest<
  Id extends string = string,
  Config extends z.ZodType = z.ZodType,
  Kit = never,
  Api = unknown,
  A extends string = string,
  S extends PluginSubject = PluginSubject,
> {
  /** Lower-case letters and digits, starting with a letter; also the REST prefix `/api/v1/<id>/`. */
  id: Id;
  /** Semver of the plugin. */
  version: string;
  name: Localized;
  description: Localized;
  /** Ids of plugins that must be installed and enabled first. */
  dependencies?: readonly string[];
  /** The per-tenant settings, validated when a tenant admin enables the plugin. */
  config: Config;
  db?: PluginDbManifest;
  /**
   * The plugin's tRPC router, built from the kit the API hands over (`router` and `procedure`, which
   * is `pluginProcedure(id)`: the tenant unit of work, and NOT_FOUND while the plugin is off).
   * Mounted at `plugins.<id>`; REST paths must start with `/<id>/`.
   */
  api?(kit: Kit): Api;
  authz?: PluginAuthzManifest<A, S>;
  /** Timeline event kinds (each source's name and event kinds prefixed with the plugin id). */
  timeline?: readonly TimelineSource[];
  /** Global search sources (each `type` prefixed with the plugin id). */
  search?: readonly SearchSource[];
  reports?: readonly ReportDefinition[];
  /** Vetoes on bulk exports of core records (each `name` prefixed with the plugin id); see ExportGuard. */
  exportGuards?: readonly ExportGuard[];
  workflows?: PluginWorkflowsManifest<Id>;
  /** Writes the plugin's starting data for a tenant. Runs on every enable: must be idempotent. */
  seed?(lifecycle: PluginLifecycleContext<z.output<Config>>): Promise<void>;
  /** Runs when a tenant enables the plugin (also again after a disable); idempotent. */
  onEnable?(lifecycle: PluginLifecycleContext<z.output<Config>>): Promise<void>;
  /** Runs when a tenant disables the plugin; the plugin's data stays. Idempotent. */
  onDisable?(lifecycle: PluginLifecycleContext<z.output<Config>>): Promise<void>;
}

/** Any plugin, as the registry holds them. */
export type AnyPlugin = PluginManifest;

/**
 * Declares a plugin. The manifest is returned as is, with every type kept: the composition roots
 * (apps/api, apps/web) import plugins statically, so their routers, subjects and step kinds are
 * typed end to end. Core never imports a plugin; it receives the registry as a value.
 */
export function definePlugin<
  const Id extends string,
  Config extends z.ZodType,
  Kit = never,
  Api = undefined,
  A extends string = never,
  S extends PluginScoped<Id> = never,
>(manifest: PluginManifest<Id, Config, Kit, Api, A, S>): PluginManifest<Id, Config, Kit, Api, A, S> {
  return manifest;
}
