import { ActionIcon, Button, Group, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../../app/trpc.js';
import type { StepOfKind } from '../definition.js';
import { parseLiteral, showLiteral } from './changes-input.js';
import { errorAt, errorsBelow, IntField, TeamSelect, UserSelect } from './fields.js';
import type { StepFormProps } from './form-types.js';

type Rule = StepOfKind<'assign'>['rule'];

function blankRule(type: Rule['type']): Rule {
  switch (type) {
    case 'roundRobin':
    case 'leastLoaded':
      return { type, teamId: '' };
    case 'territory':
      return { type, field: 'region', map: {} };
    case 'user':
      return { type, userId: '' };
  }
}

export function AssignForm({ step, onChange, errors }: StepFormProps<'assign'>) {
  const { t } = useTranslation();
  const { rule } = step;
  const ruleErrors = errorsBelow(errors, 'rule');
  const setRule = (next: Rule) => onChange({ ...step, rule: next });
  return (
    <Stack gap="sm">
      <Select
        label={t('wf.fields.rule')}
        data={(['roundRobin', 'leastLoaded', 'territory', 'user'] as const).map((type) => ({
          value: type,
          label: t(`wf.fields.ruleType.${type}`),
        }))}
        value={rule.type}
        allowDeselect={false}
        onChange={(type) => {
          if (type === 'roundRobin' || type === 'leastLoaded' || type === 'territory' || type === 'user')
            setRule(blankRule(type));
        }}
      />
      {(rule.type === 'roundRobin' || rule.type === 'leastLoaded') && (
        <TeamSelect
          value={rule.teamId}
          error={errorAt(ruleErrors, 'teamId')}
          onChange={(teamId) => setRule({ ...rule, teamId })}
        />
      )}
      {rule.type === 'user' && (
        <UserSelect
          label={t('wf.fields.user')}
          value={rule.userId}
          error={errorAt(ruleErrors, 'userId')}
          onChange={(userId) => setRule({ ...rule, userId })}
        />
      )}
      {rule.type === 'territory' && (
        <>
          <TextInput
            label={t('wf.fields.territoryField')}
            value={rule.field}
            error={errorAt(ruleErrors, 'field')}
            onChange={(e) => setRule({ ...rule, field: e.currentTarget.value })}
          />
          <Text size="sm" fw={500}>
            {t('wf.fields.territoryMap')}
          </Text>
          {Object.entries(rule.map).map(([value, userId], i) => (
            <Group key={i} grow gap={4} align="flex-end">
              <TextInput
                label={t('wf.fields.territoryValue')}
                value={value}
                onChange={(e) => {
                  const key = e.currentTarget.value;
                  const entries = Object.entries(rule.map).map(([k, v], j): [string, string] =>
                    j === i ? [key, v] : [k, v],
                  );
                  setRule({ ...rule, map: Object.fromEntries(entries) });
                }}
              />
              <UserSelect
                label={t('wf.fields.user')}
                value={userId}
                error={errorAt(ruleErrors, `map.${value}`)}
                onChange={(next) => setRule({ ...rule, map: { ...rule.map, [value]: next } })}
              />
            </Group>
          ))}
          <Button
            variant="light"
            size="xs"
            onClick={() =>
              setRule({ ...rule, map: { ...rule.map, [`value${Object.keys(rule.map).length + 1}`]: '' } })
            }
          >
            {t('wf.fields.addTerritory')}
          </Button>
          <UserSelect
            clearable
            label={t('wf.fields.fallbackUser')}
            value={rule.fallbackUserId}
            error={errorAt(ruleErrors, 'fallbackUserId')}
            onChange={(fallbackUserId) => setRule({ ...rule, fallbackUserId: fallbackUserId || undefined })}
          />
        </>
      )}
      <Switch
        label={t('wf.fields.keepExistingOwner')}
        checked={step.keepExistingOwner}
        onChange={(e) => onChange({ ...step, keepExistingOwner: e.currentTarget.checked })}
      />
    </Stack>
  );
}

type SetValue = StepOfKind<'updateFields'>['set'][string];

export function UpdateFieldsForm({ step, onChange, errors }: StepFormProps<'updateFields'>) {
  const { t } = useTranslation();
  const entries = Object.entries(step.set);
  const write = (next: [string, SetValue][]) => onChange({ ...step, set: Object.fromEntries(next) });
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {t('wf.fields.set')}
      </Text>
      {entries.map(([field, value], i) => {
        const isExpression = typeof value === 'object' && value !== null;
        return (
          <Stack key={i} gap={2}>
            <Group gap={4} grow align="flex-start" wrap="nowrap">
              <TextInput
                label={t('wf.fields.field')}
                value={field}
                error={errorAt(errors, `set.${field}`)}
                onChange={(e) =>
                  write(entries.map(([k, v], j) => (j === i ? [e.currentTarget.value, v] : [k, v])))
                }
              />
              <TextInput
                label={t('wf.fields.value')}
                value={isExpression ? value.expression : showLiteral(value)}
                styles={
                  isExpression ? { input: { fontFamily: 'var(--mantine-font-family-monospace)' } } : undefined
                }
                onChange={(e) => {
                  const text = e.currentTarget.value;
                  const next: SetValue = isExpression ? { expression: text } : parseLiteral(text);
                  write(entries.map(([k, v], j) => (j === i ? [k, next] : [k, v])));
                }}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                mt={28}
                style={{ flexGrow: 0 }}
                aria-label={t('wf.fields.remove')}
                onClick={() => write(entries.filter((_, j) => j !== i))}
              >
                ×
              </ActionIcon>
            </Group>
            <Switch
              size="xs"
              label={t('wf.fields.asExpression')}
              checked={isExpression}
              onChange={(e) => {
                const checked = e.currentTarget.checked;
                const next: SetValue = checked
                  ? { expression: isExpression ? value.expression : JSON.stringify(value) }
                  : isExpression
                    ? value.expression
                    : value;
                write(entries.map(([k, v], j) => (j === i ? [k, next] : [k, v])));
              }}
            />
          </Stack>
        );
      })}
      {errors.get('set') && (
        <Text size="xs" c="red">
          {errors.get('set')}
        </Text>
      )}
      <Button
        variant="light"
        size="xs"
        onClick={() => write([...entries, [`field${entries.length + 1}`, '']])}
      >
        {t('wf.fields.addField')}
      </Button>
    </Stack>
  );
}

export function SummarizePipelineForm({ step, onChange, errors }: StepFormProps<'summarizePipeline'>) {
  const { t } = useTranslation();
  const pipelines = useQuery(trpc.pipelines.list.queryOptions({}));
  return (
    <Stack gap="sm">
      <IntField
        label={t('wf.fields.periodDays')}
        value={step.periodDays}
        min={1}
        max={366}
        error={errorAt(errors, 'periodDays')}
        onChange={(periodDays) => onChange({ ...step, periodDays: periodDays ?? 7 })}
      />
      <Select
        clearable
        label={t('wf.fields.pipeline')}
        data={(pipelines.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
        value={step.pipelineId ?? null}
        error={errorAt(errors, 'pipelineId')}
        onChange={(pipelineId) => onChange({ ...step, pipelineId: pipelineId ?? undefined })}
      />
    </Stack>
  );
}
