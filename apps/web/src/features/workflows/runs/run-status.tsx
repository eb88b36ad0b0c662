import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Outputs } from '../../../app/api-types.js';

export type Run = Outputs['workflowRuns']['list']['items'][number];
export type RunDetail = Outputs['workflowRuns']['get'];

const colors: Record<Run['status'], string> = {
  pending: 'gray',
  running: 'blue',
  waiting: 'yellow',
  completed: 'green',
  failed: 'red',
  cancelled: 'dark',
};

export const isFinal = (status: Run['status']) =>
  status === 'completed' || status === 'failed' || status === 'cancelled';

export function RunStatusBadge({ status }: { status: Run['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[status]} variant="light" data-testid="wf-run-status">
      {t(`wf.runStatus.${status}`)}
    </Badge>
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function field(value: unknown, key: string): unknown {
  return isObject(value) ? value[key] : undefined;
}

/** What a waiting run waits for, in words: an approval, a timer, a task, a change, a signal. */
export function useWaitingText(): (waitingFor: unknown) => string {
  const { t } = useTranslation();
  return (waitingFor) => {
    if (waitingFor === null || waitingFor === undefined) return '—';
    const kind = field(waitingFor, 'kind');
    const event = field(waitingFor, 'event');
    const eventType = typeof event === 'string' ? event : field(event, 'type');
    if (kind === 'approval') return t('wf.runs.waiting.approval');
    if (eventType === 'taskCompleted') return t('wf.runs.waiting.taskCompleted');
    if (eventType === 'recordUpdated') return t('wf.runs.waiting.recordUpdated');
    if (eventType === 'signal') {
      const name = field(waitingFor, 'name');
      return t('wf.runs.waiting.signal', { name: typeof name === 'string' ? name : '' });
    }
    if (kind === 'timer' || kind === 'delay') return t('wf.runs.waiting.timer');
    if (kind === 'date' || kind === 'waitUntil') return t('wf.runs.waiting.date');
    if (kind === 'event') return t('wf.runs.waiting.event');
    return typeof kind === 'string' ? kind : t('wf.runs.waiting.other');
  };
}
