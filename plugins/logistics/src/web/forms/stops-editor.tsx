import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useTexts } from '@crm/ui';
import type { ReactNode } from 'react';
import { shipmentTexts } from '../shipments-texts.js';
import { isStopKind, stopKinds, type StopKind } from '../types.js';

/** A stop being edited: its kind and place, plus the form's own time fields. */
export interface StopDraft {
  key: number;
  kind: StopKind;
  place: string;
}

let nextKey = 0;
/** A new key for a stop row (React keeps rows apart while they move). */
export const stopKey = () => (nextKey += 1);

interface Props<T extends StopDraft> {
  stops: readonly T[];
  onChange: (stops: T[]) => void;
  /** A new stop (appended). */
  blank: () => T;
  /** The API's field problems of the whole form (the editor shows those under `stops`). */
  errors: readonly { field: string; message: string }[];
  /** The form's time fields of one stop. */
  times: (stop: T, index: number, update: (change: Partial<T>) => void) => ReactNode;
}

/**
 * Ordered stops of a route or a shipment: kind and place per stop, moved up and down, added and
 * removed; errors the API names under `stops.N.*` sit on the stop's field.
 */
export function StopsEditor<T extends StopDraft>({ stops, onChange, blank, errors, times }: Props<T>) {
  const t = useTexts(shipmentTexts);
  const update = (key: number, change: Partial<StopDraft> | Partial<T>) =>
    onChange(stops.map((s) => (s.key === key ? { ...s, ...change } : s)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...stops];
    const [stop] = next.splice(index, 1);
    if (stop) next.splice(index + by, 0, stop);
    onChange(next);
  };
  const { at: errorAt } = fieldErrorsByPath(errors);
  // A problem of the list itself ("at least 2", "give either routeId or stops"), not of one stop's field.
  const listError = errors.find((e) => /^stops(\.\d+)?$/.test(e.field))?.message;
  return (
    <Stack gap="xs">
      <Text fw={600}>{t('route.stops')}</Text>
      {listError && (
        <Text c="red.8" size="sm" role="alert">
          {listError}
        </Text>
      )}
      {stops.map((stop, index) => (
        <Fieldset
          key={stop.key}
          legend={t('form.stopN', { n: index + 1 })}
          data-testid={`stop-${index + 1}`}
          p="sm"
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('stop.kind')}
              data={stopKinds.map((k) => ({ value: k, label: t(`skind.${k}`) }))}
              value={stop.kind}
              onChange={(v) => {
                if (isStopKind(v)) update(stop.key, { kind: v });
              }}
              allowDeselect={false}
              error={errorAt(`stops.${index}.kind`)}
            />
            <TextInput
              label={t('stop.place')}
              value={stop.place}
              onChange={(e) => update(stop.key, { place: e.currentTarget.value })}
              error={errorAt(`stops.${index}.place`)}
            />
            {times(stop, index, (change) => update(stop.key, change))}
          </SimpleGrid>
          <Group justify="flex-end" gap="xs" mt="xs">
            <ActionIcon
              variant="default"
              aria-label={t('form.stopUp', { n: index + 1 })}
              disabled={index === 0}
              onClick={() => move(index, -1)}
            >
              ↑
            </ActionIcon>
            <ActionIcon
              variant="default"
              aria-label={t('form.stopDown', { n: index + 1 })}
              disabled={index === stops.length - 1}
              onClick={() => move(index, 1)}
            >
              ↓
            </ActionIcon>
            <Button
              size="compact-sm"
              variant="default"
              onClick={() => onChange(stops.filter((s) => s.key !== stop.key))}
            >
              {t('form.stopRemove', { n: index + 1 })}
            </Button>
          </Group>
        </Fieldset>
      ))}
      <Group>
        <Button size="compact-sm" variant="light" onClick={() => onChange([...stops, blank()])}>
          {t('form.stopAdd')}
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * Field problems by path for a form: `at(path)` is the first message at or under `path`. What the form
 * has no field for is listed under it by FormFooter (@crm/ui).
 */
export function fieldErrorsByPath(fields: readonly { field: string; message: string }[]) {
  return {
    at: (path: string) => fields.find((e) => e.field === path || e.field.startsWith(`${path}.`))?.message,
  };
}
