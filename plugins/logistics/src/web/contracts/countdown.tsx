import { Text } from '@mantine/core';
import { useTexts } from '@crm/ui';
import { texts } from '../texts.js';

/** "in 12 d" / "today" / "3 d ago", red when due within a week or past. */
export function Countdown({ days }: { days: number }) {
  const t = useTexts(texts);
  const label =
    days === 0
      ? t('renewals.today')
      : days > 0
        ? t('renewals.inDays', { count: days })
        : t('renewals.daysAgo', { count: -days });
  return (
    <Text span c={days <= 7 ? 'red.9' : undefined} fw={days <= 7 ? 600 : undefined}>
      {label}
    </Text>
  );
}
