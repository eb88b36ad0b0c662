import { Badge } from '@mantine/core';
import { useTexts } from '@crm/ui';
import { texts } from '../texts.js';
import type { VehicleStatus } from '../types.js';
import { statusColor } from './moves.js';

export function StatusBadge({ status }: { status: VehicleStatus }) {
  const t = useTexts(texts);
  return (
    <Badge color={statusColor[status]} variant="filled" data-testid="vehicle-status">
      {t(`status.${status}`)}
    </Badge>
  );
}
