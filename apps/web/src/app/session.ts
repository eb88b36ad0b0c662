import { useSuspenseQuery } from '@tanstack/react-query';
import { trpc } from './trpc.js';

/** The signed-in user and active workspace; the app layout loads it before any page renders. */
export function useSession() {
  return useSuspenseQuery(trpc.auth.me.queryOptions()).data;
}

/** Members of the workspace, for owner pickers and names. */
export function useMembers() {
  return useSuspenseQuery(trpc.members.list.queryOptions({ limit: '200' })).data;
}
