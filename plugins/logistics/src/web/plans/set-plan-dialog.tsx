import { Modal, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { FormFooter, useFieldErrors, useMutation, useQuery, useQueryClient, useTexts } from '@crm/ui';
import { useState } from 'react';
import { useLogisticsApi } from '../api.js';
import { fieldErrorsByPath } from '../forms/stops-editor.js';
import { shipmentTexts } from '../shipments-texts.js';
import { planMetrics, type SetPlan } from '../types.js';

type Metric = (typeof planMetrics)[number];

/** The first and last day of the current month (UTC), as `YYYY-MM-DD`. */
function thisMonth(): { start: string; end: string } {
  const now = new Date();
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 0));
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}

/**
 * Sets a manager's plan for a period: calls and meetings with existing and potential clients, the
 * targets "plan vs actual" compares against. Setting it again for the same start changes the targets.
 */
export function SetPlanDialog({ onClose }: { onClose: () => void }) {
  const t = useTexts(shipmentTexts);
  const api = useLogisticsApi();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const month = thisMonth();
  const [userId, setUserId] = useState<string | null>(null);
  const [periodStart, setStart] = useState(month.start);
  const [periodEnd, setEnd] = useState(month.end);
  const [targets, setTargets] = useState<Record<Metric, number | ''>>({
    callsExisting: '',
    callsPotential: '',
    meetingsExisting: '',
    meetingsPotential: '',
  });
  const members = useQuery(api.plans.members.queryOptions({}));
  const set = useMutation(
    api.plans.set.mutationOptions({
      onSuccess: async (row) => {
        notifications.show({ color: 'teal', message: t('form.planSet', { name: row.userName }) });
        onClose();
        await queryClient.invalidateQueries({ queryKey: api.plans.pathKey() });
      },
      onError: errors.set,
    }),
  );
  const target = (value: number | '') => (value === '' ? 0 : value);
  const submit = () => {
    errors.clear();
    const body: SetPlan = {
      userId: userId ?? '',
      periodStart,
      periodEnd,
      callsExisting: target(targets.callsExisting),
      callsPotential: target(targets.callsPotential),
      meetingsExisting: target(targets.meetingsExisting),
      meetingsPotential: target(targets.meetingsPotential),
    };
    set.mutate(body);
  };
  const shown = ['userId', 'periodStart', 'periodEnd', ...planMetrics];
  const { at } = fieldErrorsByPath(errors.fields);
  return (
    <Modal opened onClose={onClose} title={t('form.setPlan')} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack>
          <Select
            label={t('plan.manager')}
            data={(members.data?.items ?? []).map((m) => ({ value: m.userId, label: m.name }))}
            value={userId}
            onChange={setUserId}
            searchable
            withAsterisk
            error={at('userId')}
            data-autofocus
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="date"
              label={t('form.periodStart')}
              value={periodStart}
              onChange={(e) => setStart(e.currentTarget.value)}
              error={at('periodStart')}
              withAsterisk
            />
            <TextInput
              type="date"
              label={t('form.periodEnd')}
              value={periodEnd}
              onChange={(e) => setEnd(e.currentTarget.value)}
              error={at('periodEnd')}
              withAsterisk
            />
            {planMetrics.map((metric) => (
              <NumberInput
                key={metric}
                label={t(`metric.${metric}`)}
                value={targets[metric]}
                onChange={(v) => setTargets((all) => ({ ...all, [metric]: typeof v === 'number' ? v : '' }))}
                min={0}
                allowDecimal={false}
                error={at(metric)}
              />
            ))}
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            {t('form.planHint')}
          </Text>
          <FormFooter
            errors={errors}
            shown={shown}
            submitLabel={t('form.savePlan')}
            cancelLabel={t('common.cancel')}
            pending={set.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
