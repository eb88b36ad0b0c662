import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineText } from './inline-text.js';
import { MemberName } from './member-name.js';

/** One labelled fact in a record page's header: a small dimmed label over its value. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      {children}
    </Stack>
  );
}

/** A header fact edited in place: its label names the input too. */
export function EditableFact({
  label,
  value,
  display,
  onSave,
}: {
  label: string;
  value: string;
  display?: string;
  onSave: (value: string) => Promise<unknown>;
}) {
  return (
    <Fact label={label}>
      <InlineText label={label} value={value} display={display} onSave={onSave} />
    </Fact>
  );
}

/** The record's owner, by name. */
export function OwnerFact({ ownerId }: { ownerId: string | null | undefined }) {
  const { t } = useTranslation();
  return (
    <Fact label={t('fields.owner')}>
      <Text fw={500}>
        <MemberName userId={ownerId} />
      </Text>
    </Fact>
  );
}
