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
import { workflowsRouter } from './routers/workflows/workflows.router.js';
import {
  notificationsRouter,
  workflowApprovalsRouter,
  workflowHooksRouter,
  workflowRunsRouter,
  workflowTemplatesRouter,
} from './routers/workflows/workflow-runs.router.js';

/** The whole API. The web app calls it over tRPC; the REST API under /api/v1 is generated from it. */
export const appRouter = router({
  contacts: contactsRouter,
  pipelines: pipelinesRouter,
  deals: dealsRouter,
  tags: tagsRouter,
  customFields: customFieldsRouter,
  ownership: ownershipRouter,
  accounts: accountsRouter,
  activities: activitiesRouter,
  timeline: timelineRouter,
  search: searchRouter,
  imports: importsRouter,
  auth: authRouter,
  apiKeys: apiKeysRouter,
  members: membersRouter,
  invitations: invitationsRouter,
  roles: rolesRouter,
  teams: teamsRouter,
  workflows: workflowsRouter,
  workflowRuns: workflowRunsRouter,
  workflowApprovals: workflowApprovalsRouter,
  workflowTemplates: workflowTemplatesRouter,
  workflowHooks: workflowHooksRouter,
  notifications: notificationsRouter,
});

export type AppRouter = typeof appRouter;
