import { Button, Group } from '@mantine/core';
import { useTexts } from '@crm/ui';
import { useState } from 'react';
import { texts } from '../texts.js';
import type { Vehicle, VehicleStatus } from '../types.js';
import { MoveDialog } from './move-dialog.js';
import { moveLabel } from './moves.js';

/** One button per status the vehicle may move to now (from the API's `allowedTransitions`). */
export function VehicleMoves({ vehicle }: { vehicle: Vehicle }) {
  const t = useTexts(texts);
  const [to, setTo] = useState<VehicleStatus | null>(null);
  return (
    <Group gap="xs" wrap="nowrap">
      {vehicle.allowedTransitions.map((next) => (
        <Button
          key={next}
          size="compact-sm"
          variant={next === 'blocked' ? 'default' : 'light'}
          aria-label={`${t(moveLabel(vehicle.status, next))}: ${vehicle.plateNumber}`}
          onClick={() => setTo(next)}
        >
          {t(moveLabel(vehicle.status, next))}
        </Button>
      ))}
      {to && <MoveDialog vehicle={vehicle} to={to} onClose={() => setTo(null)} />}
    </Group>
  );
}
