import { z } from 'zod';
import { workflows } from '@crm/core';
import { router } from '../../trpc/init.js';
import { publicProcedure, tenantProcedure } from '../../trpc/procedures.js';
import { idInput, listOutput } from '../shared.js';
import { enabledPluginTemplates, workflowStepTypes } from './workflow-extensions.js';

/** Runs: on a record for whoever may read it, all of them for tenant admins. */
export const workflowRunsRouter = router({
  list: tenantProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/workflow-runs',
        tags: ['Workflow runs'],
        summary: 'Runs (of a record: ?recordId=)',
      },
    })
    .input(workflows.listRunsInput)
    .output(listOutput(workflows.runOutput))
    .query(({ ctx, input }) => workflows.listRuns(ctx.tenant, input)),
  get: tenantProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/workflow-runs/{id}',
        tags: ['Workflow runs'],
        summary: 'A run: status, current step, what it waits for, next timer, step log',
      },
    })
    .input(idInput)
    .output(workflows.runDetailOutput)
    .query(({ ctx, input }) => workflows.getRun(ctx.tenant, input.id)),
  cancel: tenantProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/workflow-runs/{id}/cancel',
        tags: ['Workflow runs'],
        summary: 'Cancel a run',
      },
    })
    .input(idInput)
    .output(workflows.runDetailOutput)
    .mutation(({ ctx, input }) => workflows.cancelRun(ctx.tenant, input.id)),
});

const approvalTags = ['Workflow approvals'];

/** Approvals a run waits for, decided by members holding the role. */
export const workflowApprovalsRouter = router({
  list: tenantProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/workflow-approvals',
        tags: approvalTags,
        summary: 'Approvals for my role',
      },
    })
    .input(workflows.listApprovalsInput)
    .output(listOutput(workflows.approvalOutput))
    .query(({ ctx, input }) => workflows.listApprovals(ctx.tenant, input)),
  approve: tenantProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/workflow-approvals/{id}/approve',
        tags: approvalTags,
        summary: 'Approve, with an optional comment',
      },
    })
    .input(workflows.decideApprovalInput)
    .output(workflows.approvalOutput)
    .mutation(({ ctx, input }) => workflows.decideApproval(ctx.tenant, input, 'approved')),
  reject: tenantProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/workflow-approvals/{id}/reject',
        tags: approvalTags,
        summary: 'Reject, with a comment',
      },
    })
    .input(workflows.decideApprovalInput)
    .output(workflows.approvalOutput)
    .mutation(({ ctx, input }) => workflows.decideApproval(ctx.tenant, input, 'rejected')),
});

export const workflowTemplatesRouter = router({
  list: tenantProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/workflow-templates',
        tags: ['Workflow templates'],
        summary: 'Installable workflow templates',
      },
    })
    .input(z.strictObject({}))
    .output(z.object({ items: z.array(workflows.templateOutput) }))
    .query(async ({ ctx }) => workflows.listTemplates(ctx.tenant, await enabledPluginTemplates(ctx.tenant))),
  install: tenantProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/workflow-templates/{id}/install',
        tags: ['Workflow templates'],
        summary: 'Install a template as a workflow',
      },
      created: true,
    })
    .input(workflows.installTemplateInput)
    .output(workflows.workflowOutput)
    .mutation(async ({ ctx, input }) =>
      workflows.installTemplate(
        ctx.tenant,
        input,
        workflowStepTypes,
        await enabledPluginTemplates(ctx.tenant),
      ),
    ),
});

export const notificationsRouter = router({
  list: tenantProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/notifications',
        tags: ['Notifications'],
        summary: 'My in-app notifications',
      },
    })
    .input(workflows.listNotificationsInput)
    .output(listOutput(workflows.notificationOutput).extend({ unreadCount: z.number().int() }))
    .query(({ ctx, input }) => workflows.listNotifications(ctx.tenant, input)),
  read: tenantProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/notifications/{id}/read',
        tags: ['Notifications'],
        summary: 'Mark a notification read',
      },
    })
    .input(idInput)
    .output(workflows.notificationOutput)
    .mutation(({ ctx, input }) => workflows.markNotificationRead(ctx.tenant, input.id)),
  readAll: tenantProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/notifications/read-all',
        tags: ['Notifications'],
        summary: 'Mark all my notifications read',
      },
    })
    .input(z.strictObject({}))
    .output(z.object({ updated: z.number().int() }))
    .mutation(({ ctx }) => workflows.markAllNotificationsRead(ctx.tenant)),
});

/** Inbound webhook trigger: no session; the secret token in the URL names the workflow. */
export const workflowHooksRouter = router({
  receive: publicProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/hooks/workflows/{token}',
        tags: ['Workflows'],
        summary: 'Inbound webhook: start a run (the JSON body is trigger.body)',
      },
      created: true,
    })
    .input(z.looseObject({ token: z.string().min(10).max(200) }))
    .output(z.object({ runId: z.uuid() }))
    .mutation(({ ctx, input }) => {
      const { token, ...body } = input;
      return workflows.receiveWorkflowHook(ctx.services.database, token, body);
    }),
});
