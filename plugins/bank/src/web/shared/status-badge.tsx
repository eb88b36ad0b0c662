import { Badge } from '@mantine/core';

const colors: Readonly<Record<string, string>> = {
  submitted: 'blue.8',
  in_review: 'grape.9',
  authorized: 'teal.9',
  rejected: 'red.9',
  proposed: 'blue.8',
  presented: 'grape.9',
  accepted: 'teal.9',
  declined: 'red.9',
  expired: 'gray.7',
  withdrawn: 'gray.7',
  draft: 'gray.7',
  running: 'blue.8',
  evaluated: 'teal.9',
  closed: 'gray.7',
  open: 'grape.9',
  reassigned: 'blue.8',
  active: 'teal.9',
  pending: 'grape.9',
  frozen: 'pink.9',
  dormant: 'gray.7',
};

/** A status as a coloured badge (the label is already translated). */
export function StatusBadge({ status, label, testId }: { status: string; label: string; testId?: string }) {
  return (
    <Badge color={colors[status] ?? 'gray.7'} variant="filled" data-testid={testId}>
      {label}
    </Badge>
  );
}
