import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A labelled value in a summary grid. */
export function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text data-testid={testId}>{children}</Text>
    </div>
  );
}
