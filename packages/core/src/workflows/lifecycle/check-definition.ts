import type { FieldIssue } from '../../errors/index.js';
import { AppError } from '../../errors/index.js';
import type { TenantContext } from '../../records/context.js';
import type { WorkflowDefinition } from '../definition/definition.schema.js';
import type { StepTypeRegistry } from '../definition/step-types.js';
import { validateDefinition } from '../definition/validate-definition.js';

export type TenantDefinitionCheck =
  { valid: true; definition: WorkflowDefinition; issues: [] } | { valid: false; issues: FieldIssue[] };

interface IdSite {
  path: string;
  id: string;
  kind: 'user' | 'team';
}

/** The entries of a JSON object or array (indexes as keys); none for anything else. */
function entriesOf(value: unknown): [string, unknown][] {
  if (Array.isArray(value)) return value.map((item: unknown, i) => [String(i), item]);
  if (typeof value === 'object' && value !== null) return Object.entries(value);
  return [];
}

/** User and team ids a definition names, with their paths. */
function idSites(value: unknown, path: string, out: IdSite[]): IdSite[] {
  for (const [key, item] of entriesOf(value)) {
    const at = path ? `${path}.${key}` : key;
    if ((key === 'userId' || key === 'fallbackUserId') && typeof item === 'string') {
      out.push({ path: at, id: item, kind: 'user' });
    } else if (key === 'teamId' && typeof item === 'string') {
      out.push({ path: at, id: item, kind: 'team' });
    } else if (key === 'map' && path.endsWith('rule')) {
      for (const [value, userId] of entriesOf(item)) {
        if (typeof userId === 'string') out.push({ path: `${at}.${value}`, id: userId, kind: 'user' });
      }
    } else {
      idSites(item, at, out);
    }
  }
  return out;
}

/** Plugin step kinds anywhere in the definition, by plugin, with the paths of their `kind`. */
function pluginKinds(
  value: unknown,
  path: string,
  stepTypes: StepTypeRegistry,
  out: Map<string, string[]>,
): void {
  for (const [key, item] of entriesOf(value)) {
    const at = path ? `${path}.${key}` : key;
    if (key === 'kind' && typeof item === 'string' && stepTypes.get(item)) {
      const pluginId = stepTypes.pluginOf(item);
      out.set(pluginId, [...(out.get(pluginId) ?? []), at]);
    } else {
      pluginKinds(item, at, stepTypes, out);
    }
  }
}

/**
 * Validates a definition for this tenant: the pure checks of validateDefinition, then what needs the
 * tenant's data: plugin steps only from plugins the tenant has on, and users and teams it names must
 * be members and teams of this tenant (another tenant's ids are unknown here, under RLS).
 */
export async function checkDefinition(
  ctx: TenantContext,
  raw: unknown,
  stepTypes: StepTypeRegistry,
): Promise<TenantDefinitionCheck> {
  const check = validateDefinition(raw, stepTypes);
  if (!check.valid) return check;
  const issues: FieldIssue[] = [];
  const byPlugin = new Map<string, string[]>();
  pluginKinds(check.definition.steps, 'steps', stepTypes, byPlugin);
  if (byPlugin.size > 0) {
    const enabled = await ctx.db.tenantPlugin.findMany({
      where: { pluginId: { in: [...byPlugin.keys()] }, enabled: true },
      select: { pluginId: true },
    });
    const on = new Set(enabled.map((row) => row.pluginId));
    for (const [pluginId, paths] of byPlugin) {
      if (!on.has(pluginId))
        for (const path of paths)
          issues.push({ field: path, message: `the plugin "${pluginId}" is not enabled` });
    }
  }
  const sites = idSites(check.definition, '', []);
  const userIds = [...new Set(sites.filter((s) => s.kind === 'user').map((s) => s.id))];
  const teamIds = [...new Set(sites.filter((s) => s.kind === 'team').map((s) => s.id))];
  const [members, teams] = await Promise.all([
    userIds.length
      ? ctx.db.membership.findMany({
          where: { userId: { in: userIds }, disabledAt: null },
          select: { userId: true },
        })
      : [],
    teamIds.length ? ctx.db.team.findMany({ where: { id: { in: teamIds } }, select: { id: true } }) : [],
  ]);
  const known = new Set([...members.map((m) => m.userId), ...teams.map((t) => t.id)]);
  for (const site of sites) {
    if (!known.has(site.id))
      issues.push({
        field: site.path,
        message: `no ${site.kind === 'user' ? 'member' : 'team'} with this id`,
      });
  }
  return issues.length ? { valid: false, issues } : check;
}

/** The definition, or a 400 naming every problem under `definition.`. */
export async function requireValidDefinition(
  ctx: TenantContext,
  raw: unknown,
  stepTypes: StepTypeRegistry,
): Promise<WorkflowDefinition> {
  const check = await checkDefinition(ctx, raw, stepTypes);
  if (check.valid) return check.definition;
  throw AppError.invalid(
    check.issues.map((issue) => ({
      field: issue.field ? `definition.${issue.field}` : 'definition',
      message: issue.message,
    })),
    'The workflow definition is invalid',
  );
}
