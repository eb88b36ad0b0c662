import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router';
import { enabledPluginsQuery } from '../features/shell/enabled-modules.js';
import { isUnauthorized } from '../lib/errors.js';
import { RootLayout } from './root-layout.js';
import { NotFound, RouteError } from './route-states.js';
import { queryClient, trpc } from './trpc.js';

export interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: NotFound,
  errorComponent: RouteError,
});

const redirectSearch = (search: Record<string, unknown>): { redirect?: string } =>
  typeof search.redirect === 'string' && search.redirect.startsWith('/') ? { redirect: search.redirect } : {};

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'sign-in',
  validateSearch: redirectSearch,
  component: lazyRouteComponent(() => import('../features/auth/sign-in.page.js'), 'SignInPage'),
});

const signUpRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'sign-up',
  component: lazyRouteComponent(() => import('../features/auth/sign-up.page.js'), 'SignUpPage'),
});

/** Forgotten passwords: ask for a link, then the page the link opens. */
const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'forgot-password',
  component: lazyRouteComponent(
    () => import('../features/auth/forgot-password.page.js'),
    'ForgotPasswordPage',
  ),
});

const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'reset-password/$token',
  component: lazyRouteComponent(() => import('../features/auth/reset-password.page.js'), 'ResetPasswordPage'),
});

/** The page an invitation e-mail opens: reachable signed in or out. */
const invitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'invite/$token',
  component: lazyRouteComponent(() => import('../features/auth/invitation.page.js'), 'InvitationPage'),
});

/** Every page behind sign-in: loads the session first, sends anonymous visitors to sign-in. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    try {
      // The enabled plugins load alongside (the shell's nav needs them); a failure there is not fatal.
      void context.queryClient.query(enabledPluginsQuery()).catch(() => undefined);
      await context.queryClient.query({ ...trpc.auth.me.queryOptions(), staleTime: 60_000 });
    } catch (error) {
      // The router's own helper throws its redirect (`throw: true`): not an Error, so never our `throw`.
      if (isUnauthorized(error))
        redirect({ to: '/sign-in', search: { redirect: location.href }, throw: true });
      throw error;
    }
  },
  component: lazyRouteComponent(() => import('../features/shell/app-shell.js'), 'AppShellLayout'),
});

const dashboardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  component: lazyRouteComponent(() => import('../features/dashboard/dashboard.page.js'), 'DashboardPage'),
});
const myWorkRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'my-work',
  component: lazyRouteComponent(() => import('../features/my-work/my-work.page.js'), 'MyWorkPage'),
});
const contactsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'contacts',
  component: lazyRouteComponent(() => import('../features/contacts/contacts.page.js'), 'ContactsPage'),
});
const contactRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'contacts/$id',
  component: lazyRouteComponent(() => import('../features/contacts/contact.page.js'), 'ContactPage'),
});
const accountsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'accounts',
  component: lazyRouteComponent(() => import('../features/accounts/accounts.page.js'), 'AccountsPage'),
});
const accountRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'accounts/$id',
  component: lazyRouteComponent(() => import('../features/accounts/account.page.js'), 'AccountPage'),
});
const dealsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'deals',
  component: lazyRouteComponent(() => import('../features/deals/deals.page.js'), 'DealsPage'),
});
const dealRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'deals/$id',
  component: lazyRouteComponent(() => import('../features/deals/deal.page.js'), 'DealPage'),
});
const pipelineRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'pipeline',
  validateSearch: (search: Record<string, unknown>): { pipelineId?: string; view?: 'board' | 'table' } => ({
    ...(typeof search.pipelineId === 'string' ? { pipelineId: search.pipelineId } : {}),
    ...(search.view === 'table' ? { view: 'table' as const } : {}),
  }),
  component: lazyRouteComponent(() => import('../features/pipeline/pipeline.page.js'), 'PipelinePage'),
});
const activitiesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'activities',
  component: lazyRouteComponent(() => import('../features/activities/activities.page.js'), 'ActivitiesPage'),
});
const importRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'import',
  component: lazyRouteComponent(() => import('../features/import/import.page.js'), 'ImportPage'),
});
const adminRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admin/$section',
  component: lazyRouteComponent(() => import('../features/admin/admin.page.js'), 'AdminPage'),
});
const workflowEditorRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admin/workflows/$id',
  validateSearch: (search: Record<string, unknown>): { version?: number } => {
    const version = Number(search.version);
    return Number.isInteger(version) && version > 0 ? { version } : {};
  },
  component: lazyRouteComponent(
    () => import('../features/workflows/workflow-editor.page.js'),
    'WorkflowEditorPage',
  ),
});
const approvalsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'approvals',
  component: lazyRouteComponent(() => import('../features/workflows/approvals.page.js'), 'ApprovalsPage'),
});
const profileRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'profile',
  component: lazyRouteComponent(() => import('../features/profile/profile.page.js'), 'ProfilePage'),
});
/** Screens of plugin (and other) web modules: `/x/<module>/<path>`, see @crm/ui. */
const moduleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'x/$module/$',
  component: lazyRouteComponent(
    () => import('../features/modules/module-screen.page.js'),
    'ModuleScreenPage',
  ),
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  signUpRoute,
  invitationRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  appRoute.addChildren([
    dashboardRoute,
    myWorkRoute,
    contactsRoute,
    contactRoute,
    accountsRoute,
    accountRoute,
    dealsRoute,
    dealRoute,
    pipelineRoute,
    activitiesRoute,
    importRoute,
    profileRoute,
    adminRoute,
    workflowEditorRoute,
    approvalsRoute,
    moduleRoute,
  ]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
