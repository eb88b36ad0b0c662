import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  describeError,
  EmptyState,
  ErrorState,
  LoadingState,
  useFormat,
  useMutation,
  useQuery,
  useQueryClient,
  useTexts,
  type RecordTabProps,
} from '@crm/ui';
import { useRealestateApi } from '../api.js';
import { StatusBadge } from '../shared/status-badge.js';
import { texts } from '../texts.js';
import type { Requirement } from '../types.js';
import { useState } from 'react';
import { RequirementDialog } from './requirement-dialog.js';
import { RequirementMatches } from './requirement-matches.js';

/** "Residential, Moscow · Price 10 000 000 ₽ – 15 000 000 ₽ · Area 40 – 70 m²". */
function useCriteria() {
  const t = useTexts(texts);
  const f = useFormat();
  const range = (min: number | null, max: number | null, show: (n: number) => string) =>
    min === null && max === null
      ? null
      : { min: min === null ? '…' : show(min), max: max === null ? '…' : show(max) };
  return (r: Requirement) => {
    const price = range(r.minPrice, r.maxPrice, (n) => f.money(n));
    const area = range(r.minArea, r.maxArea, (n) => f.number(n));
    const bedrooms = range(r.minBedrooms, r.maxBedrooms, (n) => f.number(n));
    return [
      [t(`type.${r.PropertyType}`), r.City].filter(Boolean).join(', '),
      price && t('requirement.price', price),
      area && t('requirement.area', area),
      bedrooms && t('requirement.bedrooms', bedrooms),
    ]
      .filter(Boolean)
      .join(' · ');
  };
}

function RequirementCard({ requirement: r, onEdit }: { requirement: Requirement; onEdit: () => void }) {
  const t = useTexts(texts);
  const criteria = useCriteria();
  const api = useRealestateApi();
  const queryClient = useQueryClient();
  const match = useMutation(
    api.requirements.match.mutationOptions({
      onSuccess: async () => {
        notifications.show({ color: 'teal', message: t('requirement.matched') });
        await queryClient.invalidateQueries({ queryKey: api.requirements.pathKey() });
      },
      onError: (error) => notifications.show({ color: 'red', message: describeError(error).message }),
    }),
  );
  return (
    <Paper withBorder p="md" data-testid="buyer-requirement">
      <Stack gap="xs">
        <Group justify="space-between">
          <Group>
            <Text fw={600}>{r.name}</Text>
            <StatusBadge status={r.status} label={t(`requirementStatus.${r.status}`)} />
          </Group>
          <Group gap="xs">
            <Button
              size="compact-sm"
              variant="default"
              onClick={onEdit}
              aria-label={t('requirement.editNamed', { name: r.name })}
            >
              {t('requirement.edit')}
            </Button>
            <Button
              size="compact-sm"
              variant="light"
              loading={match.isPending}
              onClick={() => match.mutate({ id: r.id })}
            >
              {t('requirement.matchNow')}
            </Button>
          </Group>
        </Group>
        <Text size="sm">
          {t('requirement.criteria')}: {criteria(r)}
        </Text>
        {r.notes && (
          <Text size="sm" c="dimmed">
            {r.notes}
          </Text>
        )}
        <Text size="sm" fw={500}>
          {t('requirement.matches')}
        </Text>
        <RequirementMatches requirementId={r.id} />
      </Stack>
    </Paper>
  );
}

/** The "Real estate" tab on contact pages: the contact's buyer requirements and the objects matching them. */
export default function RequirementsTab({ recordId }: RecordTabProps) {
  const t = useTexts(texts);
  const api = useRealestateApi();
  const requirements = useQuery(api.requirements.list.queryOptions({ contactId: recordId, limit: 50 }));
  // null: a new requirement; a requirement: changing it; undefined: no dialog.
  const [editing, setEditing] = useState<Requirement | null | undefined>(undefined);
  return (
    <Stack data-testid="realestate-requirements">
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('tab.title')}
        </Title>
        <Button size="compact-md" onClick={() => setEditing(null)}>
          {t('requirement.add')}
        </Button>
      </Group>
      {requirements.isPending ? (
        <LoadingState />
      ) : requirements.isError ? (
        <ErrorState error={requirements.error} onRetry={() => void requirements.refetch()} />
      ) : requirements.data.items.length === 0 ? (
        <EmptyState message={t('tab.empty')} />
      ) : (
        requirements.data.items.map((r) => (
          <RequirementCard key={r.id} requirement={r} onEdit={() => setEditing(r)} />
        ))
      )}
      {editing !== undefined && (
        <RequirementDialog contactId={recordId} requirement={editing} onClose={() => setEditing(undefined)} />
      )}
    </Stack>
  );
}
