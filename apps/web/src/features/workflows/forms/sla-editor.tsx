import { ActionIcon, Button, Fieldset, Group, Select, Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StepOfKind } from '../definition.js';
import { DurationInput, errorAt, errorsBelow, IntField, type FieldErrors } from './fields.js';

export type Sla = NonNullable<StepOfKind<'approval'>['sla']>;

/**
 * An SLA: its duration, the escalation ladder (the steps of each rung are edited on the graph, where
 * they hang to the right of the step) and when to stop waiting.
 */
export function SlaEditor({
  value,
  onChange,
  errors,
}: {
  value: Sla | undefined;
  onChange: (sla: Sla | undefined) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('wf.fields.sla')} p="xs">
      <Stack gap="sm">
        <Switch
          label={t('wf.fields.slaOn')}
          checked={value !== undefined}
          onChange={(e) =>
            onChange(e.currentTarget.checked ? { duration: { days: 1 }, escalations: [] } : undefined)
          }
        />
        {value && (
          <>
            <DurationInput
              value={value.duration}
              error={errorAt(errors, 'duration')}
              onChange={(duration) => onChange({ ...value, duration })}
            />
            <Text size="sm" fw={500}>
              {t('wf.fields.escalations')}
            </Text>
            {value.escalations.map((escalation, i) => (
              <Group key={i} align="flex-end" gap="xs" wrap="nowrap">
                <IntField
                  label={t('wf.fields.percent')}
                  value={escalation.atPercent}
                  min={1}
                  max={1000}
                  error={errorAt(errorsBelow(errors, `escalations.${i}`), 'atPercent')}
                  onChange={(atPercent) =>
                    onChange({
                      ...value,
                      escalations: value.escalations.map((e, j) =>
                        j === i ? { ...e, atPercent: atPercent ?? 100 } : e,
                      ),
                    })
                  }
                />
                <Text size="xs" c="dimmed" mb={8}>
                  {escalation.steps.length}
                </Text>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mb={4}
                  aria-label={t('wf.fields.remove')}
                  onClick={() =>
                    onChange({ ...value, escalations: value.escalations.filter((_, j) => j !== i) })
                  }
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            <Button
              variant="light"
              size="xs"
              onClick={() =>
                onChange({
                  ...value,
                  escalations: [
                    ...value.escalations,
                    { atPercent: 50 * (value.escalations.length + 1), steps: [] },
                  ],
                })
              }
            >
              {t('wf.fields.addEscalation')}
            </Button>
            <Group grow align="flex-end">
              <Select
                label={t('wf.fields.onTimeout')}
                data={[
                  { value: 'never', label: t('wf.fields.timeoutNever') },
                  { value: 'continue', label: t('wf.fields.continue') },
                  { value: 'fail', label: t('wf.fields.fail') },
                ]}
                value={value.onTimeout?.then ?? 'never'}
                allowDeselect={false}
                onChange={(then) =>
                  onChange({
                    ...value,
                    onTimeout:
                      then === 'continue' || then === 'fail'
                        ? { atPercent: value.onTimeout?.atPercent ?? 100, then }
                        : undefined,
                  })
                }
              />
              {value.onTimeout && (
                <IntField
                  label={t('wf.fields.onTimeoutAt')}
                  value={value.onTimeout.atPercent}
                  min={1}
                  max={1000}
                  error={errorAt(errors, 'onTimeout')}
                  onChange={(atPercent) => {
                    if (value.onTimeout)
                      onChange({ ...value, onTimeout: { ...value.onTimeout, atPercent: atPercent ?? 100 } });
                  }}
                />
              )}
            </Group>
          </>
        )}
      </Stack>
    </Fieldset>
  );
}
