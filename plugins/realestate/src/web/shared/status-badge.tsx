import { Badge } from '@mantine/core';

/** Dark shades only: white badge text keeps its contrast (axe). */
const colors: Readonly<Record<string, string>> = {
  Incomplete: 'gray.7',
  ComingSoon: 'blue.8',
  Active: 'teal.9',
  ActiveUnderContract: 'grape.9',
  Pending: 'grape.9',
  Closed: 'indigo.9',
  Hold: 'gray.7',
  Withdrawn: 'gray.7',
  Expired: 'gray.7',
  Canceled: 'red.9',
  Delete: 'red.9',
  Unverified: 'gray.7',
  Verifying: 'blue.8',
  Verified: 'teal.9',
  Rejected: 'red.9',
  Duplicate: 'pink.9',
  Stale: 'grape.9',
  Confirmed: 'teal.9',
  Denied: 'red.9',
  Cancelled: 'gray.7',
  Paused: 'gray.7',
  Fulfilled: 'indigo.9',
};

/** A RESO or CRM status as a coloured badge (the label is already translated). */
export function StatusBadge({ status, label, testId }: { status: string; label: string; testId?: string }) {
  return (
    <Badge color={colors[status] ?? 'gray.7'} variant="filled" data-testid={testId}>
      {label}
    </Badge>
  );
}
