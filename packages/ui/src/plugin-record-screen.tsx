import { Group, Paper, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { AppLink } from './app-link.js';
import { ErrorState, LoadingState } from './states.js';

/** The part of a TanStack Query result the record screen reads. */
export interface RecordQuery<T> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: T | undefined;
  refetch: () => unknown;
}

/** One labelled value in the record's summary. */
export interface RecordFact {
  label: string;
  value: ReactNode;
  /** A `data-testid` on the value (for tests that read one fact). */
  testId?: string;
}

/** A tab below the summary: its label and what it shows. */
export interface RecordScreenTab {
  value: string;
  label: string;
  content: ReactNode;
}

export interface PluginRecordScreenProps<T> {
  /** The record's query: loading and failed states are shown for it (with a retry). */
  query: RecordQuery<T>;
  /** The link back to the list, above the title. */
  back?: { href: string; label: string };
  /** The heading (level 1). */
  title: (record: T) => ReactNode;
  /** Badges next to the title (status, severity...). */
  status?: (record: T) => ReactNode;
  /** Buttons and links on the right of the header (the moves the record allows now...). */
  actions?: (record: T) => ReactNode;
  /** A line of text under the header. */
  description?: (record: T) => ReactNode;
  /** The summary: labelled values in a grid (nothing shown when empty). */
  facts?: (record: T) => readonly RecordFact[];
  /** Sections in tabs below the summary (the first open). */
  tabs?: (record: T) => readonly RecordScreenTab[];
  /** Sections below the summary (and below the tabs, if any). */
  children?: (record: T) => ReactNode;
}

/** A labelled value of the summary. */
export function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <div data-testid={testId}>{children}</div>
    </div>
  );
}

function RecordTabs({ tabs }: { tabs: readonly RecordScreenTab[] }) {
  const [active, setActive] = useState<string | null>(tabs[0]?.value ?? null);
  return (
    <Tabs value={active} onChange={setActive} keepMounted={false}>
      <Tabs.List>
        {tabs.map((tab) => (
          <Tabs.Tab key={tab.value} value={tab.value}>
            {tab.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {tabs.map((tab) => (
        <Tabs.Panel key={tab.value} value={tab.value} pt="md">
          {tab.content}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}

/**
 * The shell of a plugin's record screen (`/x/<id>/<things>/<id>`): the loading and failed states of
 * the record's query, a back link, a header with the title, status badges and actions, an optional
 * description, a summary of labelled facts, then tabs and/or sections. Every part is a function of the
 * loaded record, so a screen states only what is its own.
 */
export function PluginRecordScreen<T>(props: PluginRecordScreenProps<T>) {
  const { query } = props;
  if (query.isPending || query.data === undefined) {
    return query.isError ? (
      <ErrorState error={query.error} onRetry={() => void query.refetch()} />
    ) : (
      <LoadingState />
    );
  }
  const record = query.data;
  const facts = props.facts?.(record) ?? [];
  const tabs = props.tabs?.(record) ?? [];
  const description = props.description?.(record);
  return (
    <Stack>
      {props.back && (
        <AppLink href={props.back.href} size="sm">
          {props.back.label}
        </AppLink>
      )}
      <Group justify="space-between">
        <Group>
          <Title order={1} size="h2">
            {props.title(record)}
          </Title>
          {props.status?.(record)}
        </Group>
        {props.actions?.(record)}
      </Group>
      {description !== undefined && description !== null && description !== '' && <Text>{description}</Text>}
      {facts.length > 0 && (
        <Paper withBorder p="md">
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            {facts.map((fact) => (
              <Fact key={fact.label} label={fact.label} {...(fact.testId ? { testId: fact.testId } : {})}>
                {fact.value}
              </Fact>
            ))}
          </SimpleGrid>
        </Paper>
      )}
      {tabs.length > 0 && <RecordTabs tabs={tabs} />}
      {props.children?.(record)}
    </Stack>
  );
}
