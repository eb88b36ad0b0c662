import { Select, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.js';
import { trpc } from '../../app/trpc.js';

/** Switches the active workspace; every cached query belongs to the old one, so the cache is cleared. */
export function WorkspaceSwitcher() {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const switchTenant = useMutation(
    trpc.auth.switchTenant.mutationOptions({
      onSuccess: async () => {
        queryClient.clear();
        await navigate({ to: '/' });
      },
    }),
  );
  if (session.tenants.length < 2) {
    return (
      <Text size="sm" c="dimmed" visibleFrom="sm" data-testid="workspace-name">
        {session.tenant?.name}
      </Text>
    );
  }
  return (
    <Select
      aria-label={t('shell.switchWorkspace')}
      size="xs"
      w={200}
      data={session.tenants.map((tenant) => ({ value: tenant.id, label: tenant.name }))}
      value={session.tenant?.id ?? null}
      allowDeselect={false}
      disabled={switchTenant.isPending}
      onChange={(tenantId) => {
        if (tenantId && tenantId !== session.tenant?.id) switchTenant.mutate({ tenantId });
      }}
    />
  );
}
