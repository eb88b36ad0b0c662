import { Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { trpc } from '../../app/trpc.js';

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.map(show).join(', ');
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/** The record's custom fields the user's role sees, labelled by their definitions, in the admin's order. */
export function CustomFieldValues({
  objectType,
  values,
}: {
  objectType: 'contact' | 'account' | 'deal';
  values: Record<string, unknown>;
}) {
  const definitions = useQuery(trpc.customFields.list.queryOptions({ objectType, limit: '200' }));
  return (
    <>
      {(definitions.data?.items ?? [])
        .filter((definition) => definition.visible)
        .map((definition) => (
          <Stack gap={0} key={definition.id}>
            <Text size="xs" c="dimmed">
              {definition.label}
            </Text>
            <Text>{show(values[definition.key])}</Text>
          </Stack>
        ))}
    </>
  );
}
