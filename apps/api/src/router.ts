import { router } from './trpc/init.js';
import { contactsRouter } from './routers/contacts/contacts.router.js';
import { pipelinesRouter } from './routers/pipelines/pipelines.router.js';
import { dealsRouter } from './routers/deals/deals.router.js';
import { tagsRouter } from './routers/tags/tags.router.js';
import { customFieldsRouter } from './routers/custom-fields/custom-fields.router.js';
import { ownershipRouter } from './routers/ownership/ownership.router.js';
import { accountsRouter } from './routers/accounts/accounts.router.js';
import { activitiesRouter } from './routers/activities/activities.router.js';
import { timelineRouter } from './routers/timeline/timeline.router.js';
import { searchRouter } from './routers/search/search.router.js';
import { importsRouter } from './routers/imports/imports.router.js';
import { authRouter } from './routers/auth/auth.router.js';
import { apiKeysRouter } from './routers/api-keys/api-keys.router.js';
import { membersRouter } from './routers/members/members.router.js';
import { invitationsRouter } from './routers/members/invitations.router.js';
import { rolesRouter } from './routers/roles/roles.router.js';
import { teamsRouter } from './routers/teams/teams.router.js';
import { savedViewsRouter } from './routers/saved-views/saved-views.router.js';
import { auditLogRouter } from './routers/audit-log/audit-log.router.js';
import { workflowsRouter } from './routers/workflows/workflows.router.js';
import {
  notificationsRouter,
  workflowApprovalsRouter,
  workflowHooksRouter,
  workflowRunsRouter,
  workflowTemplatesRouter,
} from './routers/workflows/workflow-runs.router.js';
import { tenantPluginsRouter } from './routers/plugins/tenant-plugins.router.js';
import { reportsRouter } from './routers/reports/reports.router.js';
import { webhooksRouter } from './routers/webhooks/webhooks.router.js';
import { buildPluginRouters } from './plugins/plugin-routers.js';
import { installedPluginRegistry } from './plugins/installed-plugins.js';
import type { AnyPlugin, PluginRegistry } from '@crm/core';

/**
 * The whole API for a plugin registry. The web app calls it over tRPC; the REST API under /api/v1 is
 * generated from it. Plugin routers are mounted at `plugins.<id>` (REST `/api/v1/<id>/...`).
 */
export function buildAppRouter<P extends readonly AnyPlugin[]>(registry: PluginRegistry<P>) {
  return router({
    contacts: contactsRouter,
    pipelines: pipelinesRouter,
    deals: dealsRouter,
    tags: tagsRouter,
    customFields: customFieldsRouter,
    ownership: ownershipRouter,
    accounts: accountsRouter,
    activities: activitiesRouter,
    timeline: timelineRouter(registry),
    search: searchRouter(registry),
    imports: importsRouter,
    auth: authRouter,
    apiKeys: apiKeysRouter,
    members: membersRouter,
    invitations: invitationsRouter,
    roles: rolesRouter,
    teams: teamsRouter,
    savedViews: savedViewsRouter,
    auditLog: auditLogRouter,
    workflows: workflowsRouter,
    workflowRuns: workflowRunsRouter,
    workflowApprovals: workflowApprovalsRouter,
    workflowTemplates: workflowTemplatesRouter,
    workflowHooks: workflowHooksRouter,
    notifications: notificationsRouter,
    tenantPlugins: tenantPluginsRouter(registry),
    reports: reportsRouter(registry),
    webhooks: webhooksRouter,
    plugins: buildPluginRouters(registry),
  });
}

/** The API with the installed plugins. */
export const appRouter = buildAppRouter(installedPluginRegistry);

export type AppRouter = typeof appRouter;
