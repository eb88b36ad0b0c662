import { Select, Table } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  AppLink,
  describeError,
  EmptyState,
  ErrorState,
  LoadingState,
  useFormat,
  useMutation,
  useQuery,
  useQueryClient,
  useTexts,
} from '@crm/ui';
import { useRealestateApi } from '../api.js';
import { texts } from '../texts.js';
import { preferences, type Match, type Preference } from '../types.js';

const isPreference = (v: string | null): v is Preference => preferences.some((p) => p === v);

function MatchRow({ requirementId, match }: { requirementId: string; match: Match }) {
  const t = useTexts(texts);
  const f = useFormat();
  const api = useRealestateApi();
  const queryClient = useQueryClient();
  const answer = useMutation(
    api.requirements.setPreference.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: api.requirements.pathKey() }),
      onError: (error) => notifications.show({ color: 'red', message: describeError(error).message }),
    }),
  );
  return (
    <Table.Tr>
      <Table.Td>
        <AppLink href={`/x/realestate/properties/${match.ListingKey}`}>{match.ListingId}</AppLink>{' '}
        {match.UnparsedAddress}
      </Table.Td>
      <Table.Td ta="right">{f.money(match.ListPrice)}</Table.Td>
      <Table.Td ta="right">{f.percent(match.score)}</Table.Td>
      <Table.Td>
        <Select
          aria-label={`${t('preference.label')}: ${match.ListingId}`}
          data={preferences.map((p) => ({ value: p, label: t(`preference.${p}`) }))}
          value={match.ContactListingPreference}
          onChange={(value) =>
            answer.mutate({
              id: requirementId,
              ListingKey: match.ListingKey,
              ContactListingPreference: isPreference(value) ? value : null,
            })
          }
          clearable
          size="xs"
          w={150}
        />
      </Table.Td>
    </Table.Tr>
  );
}

/** The objects matching one buyer requirement, with the client's answer to each. */
export function RequirementMatches({ requirementId }: { requirementId: string }) {
  const t = useTexts(texts);
  const api = useRealestateApi();
  const matches = useQuery(api.requirements.matches.queryOptions({ id: requirementId }));
  if (matches.isPending) return <LoadingState />;
  if (matches.isError) return <ErrorState error={matches.error} onRetry={() => void matches.refetch()} />;
  if (matches.data.items.length === 0) return <EmptyState message={t('requirement.noMatches')} />;
  return (
    <Table striped data-testid="requirement-matches">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('showing.object')}</Table.Th>
          <Table.Th ta="right">{t('field.ListPrice')}</Table.Th>
          <Table.Th ta="right">{t('property.score')}</Table.Th>
          <Table.Th>{t('preference.label')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {matches.data.items.map((match) => (
          <MatchRow key={match.ListingKey} requirementId={requirementId} match={match} />
        ))}
      </Table.Tbody>
    </Table>
  );
}
