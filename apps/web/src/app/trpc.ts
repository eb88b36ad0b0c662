import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import type { AppRouter } from '@crm/api';
import { describeError } from '../lib/errors.js';

/** Codes a retry cannot fix: the answer will be the same. */
const final = new Set(['UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_REQUEST', 'CONFLICT', 'RATE_LIMITED']);

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (failures, error) => failures < 2 && !final.has(describeError(error).code),
    },
  },
});

/**
 * Same-origin tRPC over HTTP: the session cookie rides along, mutations are JSON POSTs, and the
 * browser adds Origin / Sec-Fetch-Site, which is what the server's CSRF guard checks.
 */
export const trpcClient = createTRPCClient<AppRouter>({
  links: [httpBatchLink({ url: '/trpc', maxURLLength: 4000 })],
});

/** Query and mutation options for TanStack Query: `useQuery(trpc.contacts.get.queryOptions({ id }))`. */
export const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
