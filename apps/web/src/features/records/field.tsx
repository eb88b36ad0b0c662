import { Stack, Text } from '@mantine/core';

/** A read-only labelled value on a record's details tab. */
export function Field({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text>{value || '—'}</Text>
    </Stack>
  );
}
