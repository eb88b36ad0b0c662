import { Stack, Title } from '@mantine/core';
import { describeError, ErrorState, LoadingState, useQuery, useTexts, type RecordTabProps } from '@crm/ui';
import { useLogisticsApi } from '../api.js';
import { texts } from '../texts.js';
import { ProfileForm } from './profile-form.js';

/** The "Logistics" tab on account pages: the account's profile, or an empty one to fill in. */
export default function AccountProfileTab({ recordId }: RecordTabProps) {
  const t = useTexts(texts);
  const api = useLogisticsApi();
  const profile = useQuery({ ...api.accounts.get.queryOptions({ accountId: recordId }), retry: false });
  const missing = profile.isError && describeError(profile.error).code === 'NOT_FOUND';
  return (
    <Stack data-testid="logistics-profile">
      <Title order={2} size="h4">
        {t('profile.title')}
      </Title>
      {profile.isPending ? (
        <LoadingState />
      ) : profile.isError && !missing ? (
        <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />
      ) : (
        <ProfileForm key={profile.data?.version ?? 0} accountId={recordId} profile={profile.data ?? null} />
      )}
    </Stack>
  );
}
