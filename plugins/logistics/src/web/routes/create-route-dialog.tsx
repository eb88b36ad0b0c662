import { Modal, NumberInput, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { FormFooter, useFieldErrors, useMutation, useQueryClient, useTexts } from '@crm/ui';
import { useState } from 'react';
import { useLogisticsApi } from '../api.js';
import { fieldErrorsByPath, StopsEditor, stopKey, type StopDraft } from '../forms/stops-editor.js';
import { shipmentTexts } from '../shipments-texts.js';
import type { CreateRoute } from '../types.js';

interface RouteStopDraft extends StopDraft {
  offsetMinutes: number | '';
  dwellMinutes: number | '';
}

const blank = (kind: StopDraft['kind']): RouteStopDraft => ({
  key: stopKey(),
  kind,
  place: '',
  offsetMinutes: '',
  dwellMinutes: '',
});

/**
 * A new route with its stops in order (at least two; each arrival planned in minutes from the start,
 * never going back). The API's problems sit on their fields, a stop's on that stop.
 */
export function CreateRouteDialog({ onClose }: { onClose: () => void }) {
  const t = useTexts(shipmentTexts);
  const api = useLogisticsApi();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [notes, setNotes] = useState('');
  const [stops, setStops] = useState<RouteStopDraft[]>([blank('pickup'), blank('delivery')]);
  const create = useMutation(
    api.routes.create.mutationOptions({
      onSuccess: async (route) => {
        notifications.show({ color: 'teal', message: t('form.routeCreated', { code: route.code }) });
        onClose();
        await queryClient.invalidateQueries({ queryKey: api.routes.pathKey() });
      },
      onError: errors.set,
    }),
  );
  const submit = () => {
    errors.clear();
    const body: CreateRoute = {
      code,
      name,
      ...(notes.trim() ? { notes } : {}),
      stops: stops.map((stop) => ({
        kind: stop.kind,
        place: stop.place,
        ...(stop.offsetMinutes === '' ? {} : { offsetMinutes: stop.offsetMinutes }),
        ...(stop.dwellMinutes === '' ? {} : { dwellMinutes: stop.dwellMinutes }),
      })),
    };
    create.mutate(body);
  };
  const shown = ['code', 'name', 'notes', 'stops'];
  const { at } = fieldErrorsByPath(errors.fields);
  const body = (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('route.code')}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          error={at('code')}
          withAsterisk
          data-autofocus
        />
        <TextInput
          label={t('route.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={at('name')}
          withAsterisk
        />
      </SimpleGrid>
      <Textarea
        label={t('route.notes')}
        value={notes}
        onChange={(e) => setNotes(e.currentTarget.value)}
        error={at('notes')}
      />
      <StopsEditor
        stops={stops}
        onChange={setStops}
        blank={() => blank('waypoint')}
        errors={errors.fields}
        times={(stop, index, update) => (
          <>
            <NumberInput
              label={t('form.offsetMinutes')}
              value={stop.offsetMinutes}
              onChange={(v) => update({ offsetMinutes: typeof v === 'number' ? v : '' })}
              min={0}
              allowDecimal={false}
              error={at(`stops.${index}.offsetMinutes`)}
            />
            <NumberInput
              label={t('form.dwellMinutes')}
              value={stop.dwellMinutes}
              onChange={(v) => update({ dwellMinutes: typeof v === 'number' ? v : '' })}
              min={0}
              allowDecimal={false}
              error={at(`stops.${index}.dwellMinutes`)}
            />
          </>
        )}
      />
    </>
  );
  return (
    <Modal opened onClose={onClose} title={t('form.newRoute')} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack>
          {body}
          <FormFooter
            errors={errors}
            shown={shown}
            submitLabel={t('form.create')}
            cancelLabel={t('common.cancel')}
            pending={create.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
