import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { trpcClient } from '../../../app/trpc.js';
import type { Draft } from '../definition.js';
import type { ValidationError } from './validation.js';

/**
 * Validates the definition as the admin edits it: the dry-run endpoint is called once the draft has
 * stood still for `delay` ms; the previous answer stays on screen while the next one loads.
 */
export function useLiveValidation(draft: Draft, delay = 400) {
  const [settled] = useDebouncedValue(draft, delay);
  const query = useQuery({
    queryKey: ['workflows', 'live-validation', settled],
    queryFn: () => trpcClient.workflows.validateDefinition.mutate({ definition: { ...settled } }),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    retry: false,
  });
  const errors: ValidationError[] = query.data?.errors ?? [];
  return {
    errors,
    checking: query.isFetching || settled !== draft,
    valid: query.data?.valid ?? false,
    failed: query.isError,
  };
}
