import { useSuspenseQuery } from '@tanstack/react-query';
import { can } from './abilities.js';
import { trpc } from './trpc.js';

/** The signed-in user and active workspace; the app layout loads it before any page renders. */
export function useSession() {
  return useSuspenseQuery(trpc.auth.me.queryOptions()).data;
}

/** Whether the session's role may `action` on `subject`, for showing only what would be allowed. */
export function useCan(action: string, subject: string): boolean {
  return can(useSession().rules, action, subject);
}

/**
 * Members of the workspace, for owner pickers and names. A role without `read` on members gets an
 * empty list (names then show as unknown) instead of a refused call that would fail the whole page.
 */
export function useMembers() {
  const allowed = useCan('read', 'Member');
  const options = trpc.members.list.queryOptions({ limit: '200' });
  return useSuspenseQuery({
    ...options,
    queryFn: allowed ? options.queryFn : () => Promise.resolve({ items: [], nextCursor: null }),
  }).data;
}
