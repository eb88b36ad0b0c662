import { Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outputs } from '../../app/api-types.js';
import { ErrorState, PageLoader } from '../../app/route-states.js';
import { trpc } from '../../app/trpc.js';
import { useFormat } from '../../lib/format.js';
import { AnchorLink } from '../../lib/links.js';

type Approval = Outputs['workflowApprovals']['list']['items'][number];

function RecordLink({ approval }: { approval: Approval }) {
  const { t } = useTranslation();
  const id = approval.recordId;
  if (!id) return null;
  if (approval.recordType === 'deal')
    return (
      <AnchorLink to="/deals/$id" params={{ id }}>
        {t('wf.approvals.openRecord')}
      </AnchorLink>
    );
  if (approval.recordType === 'contact')
    return (
      <AnchorLink to="/contacts/$id" params={{ id }}>
        {t('wf.approvals.openRecord')}
      </AnchorLink>
    );
  if (approval.recordType === 'account')
    return (
      <AnchorLink to="/accounts/$id" params={{ id }}>
        {t('wf.approvals.openRecord')}
      </AnchorLink>
    );
  return null;
}

function ApprovalCard({ approval }: { approval: Approval }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | undefined>();
  const options = {
    onSuccess: async (decided: Approval) => {
      notifications.show({
        color: 'green',
        message: t(decided.status === 'approved' ? 'wf.approvals.approved' : 'wf.approvals.rejected'),
      });
      await queryClient.invalidateQueries({ queryKey: trpc.workflowApprovals.pathKey() });
      await queryClient.invalidateQueries({ queryKey: trpc.workflowRuns.pathKey() });
    },
    onError: (cause: { message: string }) => notifications.show({ color: 'red', message: cause.message }),
  };
  const approve = useMutation(trpc.workflowApprovals.approve.mutationOptions(options));
  const reject = useMutation(trpc.workflowApprovals.reject.mutationOptions(options));
  const commentInput = comment.trim() ? { comment: comment.trim() } : {};
  return (
    <Card withBorder data-testid="wf-approval">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h5">
            {approval.title}
          </Title>
          <Text size="xs" c="dimmed">
            {t('wf.approvals.role')}: {approval.roleKey} · {t('wf.approvals.requested')}{' '}
            {format.dateTime(approval.createdAt)}
          </Text>
        </Group>
        {approval.description && <Text size="sm">{approval.description}</Text>}
        <RecordLink approval={approval} />
        <Textarea
          label={t('wf.approvals.comment')}
          value={comment}
          error={error}
          onChange={(e) => {
            setComment(e.currentTarget.value);
            setError(undefined);
          }}
        />
        <Group>
          <Button
            color="green"
            loading={approve.isPending}
            onClick={() => approve.mutate({ id: approval.id, ...commentInput })}
          >
            {t('wf.approvals.approve')}
          </Button>
          <Button
            color="red"
            variant="light"
            loading={reject.isPending}
            onClick={() => {
              if (!comment.trim()) setError(t('wf.approvals.commentRequired'));
              else reject.mutate({ id: approval.id, comment: comment.trim() });
            }}
          >
            {t('wf.approvals.reject')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** `/approvals`: what waits for the decision of the user's role; approve, or reject with a comment. */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const approvals = useQuery({
    ...trpc.workflowApprovals.list.queryOptions({ status: 'pending', limit: 100 }),
    refetchInterval: 15_000,
    refetchOnWindowFocus: true,
  });
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('wf.approvals.title')}
      </Title>
      {approvals.isPending ? (
        <PageLoader />
      ) : approvals.isError ? (
        <ErrorState error={approvals.error} onRetry={() => void approvals.refetch()} />
      ) : approvals.data.items.length === 0 ? (
        <Text c="dimmed">{t('wf.approvals.empty')}</Text>
      ) : (
        approvals.data.items.map((approval) => <ApprovalCard key={approval.id} approval={approval} />)
      )}
    </Stack>
  );
}
