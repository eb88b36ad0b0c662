import { ActionIcon, Button, Fieldset, Group, MultiSelect, Select, Stack, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StepOfKind } from '../definition.js';
import { errorAt, errorsBelow, IntField, TextField } from './fields.js';
import type { StepFormProps } from './form-types.js';
import { AssigneeInput } from './recipients.js';

const activityTypes = ['task', 'call', 'meeting', 'email', 'note'] as const;

export function CreateTaskForm({ step, onChange, errors }: StepFormProps<'createTask'>) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Select
        label={t('wf.fields.activityType')}
        data={activityTypes.map((type) => ({ value: type, label: t(`activityType.${type}`) }))}
        value={step.activityType}
        allowDeselect={false}
        onChange={(value) => {
          const activityType = activityTypes.find((type) => type === value);
          if (activityType) onChange({ ...step, activityType });
        }}
      />
      <TextField
        label={t('wf.fields.subject')}
        value={step.subject}
        error={errorAt(errors, 'subject')}
        onChange={(subject) => onChange({ ...step, subject })}
        testId="wf-field-subject"
      />
      <TextField
        multiline
        label={t('wf.fields.body')}
        value={step.body}
        error={errorAt(errors, 'body')}
        onChange={(body) => onChange({ ...step, body: body || undefined })}
      />
      <Group grow align="flex-end">
        <IntField
          label={t('wf.fields.dueInDays')}
          value={step.dueInDays}
          min={0}
          error={errorAt(errors, 'dueInDays')}
          onChange={(dueInDays) => onChange({ ...step, dueInDays })}
        />
        <Switch
          label={t('wf.fields.businessDays')}
          checked={step.businessDays}
          onChange={(e) => onChange({ ...step, businessDays: e.currentTarget.checked })}
        />
      </Group>
      <AssigneeInput
        value={step.assignee}
        errors={errorsBelow(errors, 'assignee')}
        onChange={(assignee) => onChange({ ...step, assignee })}
      />
    </Stack>
  );
}

type PlanTask = StepOfKind<'actionPlan'>['tasks'][number];

export function ActionPlanForm({ step, onChange, errors }: StepFormProps<'actionPlan'>) {
  const { t } = useTranslation();
  const setTask = (i: number, task: PlanTask) =>
    onChange({ ...step, tasks: step.tasks.map((other, j) => (j === i ? task : other)) });
  return (
    <Stack gap="sm">
      <Switch
        label={t('wf.fields.businessDays')}
        checked={step.businessDays}
        onChange={(e) => onChange({ ...step, businessDays: e.currentTarget.checked })}
      />
      {step.tasks.map((task, i) => {
        const taskErrors = errorsBelow(errors, `tasks.${i}`);
        return (
          <Fieldset key={i} legend={`${t('wf.fields.tasks')} ${i + 1}`} p="xs">
            <Stack gap={6}>
              <Group grow align="flex-start">
                <TextField
                  label={t('wf.fields.taskKey')}
                  value={task.key}
                  error={errorAt(taskErrors, 'key')}
                  onChange={(key) => setTask(i, { ...task, key })}
                />
                <IntField
                  label={t('wf.fields.dueInDays')}
                  value={task.offsetDays}
                  min={0}
                  error={errorAt(taskErrors, 'offsetDays')}
                  onChange={(offsetDays) => setTask(i, { ...task, offsetDays: offsetDays ?? 0 })}
                />
              </Group>
              <TextField
                label={t('wf.fields.subject')}
                value={task.subject}
                error={errorAt(taskErrors, 'subject')}
                onChange={(subject) => setTask(i, { ...task, subject })}
              />
              <MultiSelect
                label={t('wf.fields.dependsOn')}
                data={step.tasks
                  .filter((other) => other.key && other.key !== task.key)
                  .map((other) => other.key)}
                value={task.dependsOn}
                error={errorAt(taskErrors, 'dependsOn')}
                onChange={(dependsOn) => setTask(i, { ...task, dependsOn })}
              />
              <AssigneeInput
                value={task.assignee}
                errors={errorsBelow(taskErrors, 'assignee')}
                onChange={(assignee) => setTask(i, { ...task, assignee })}
              />
              <Group justify="flex-end">
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('wf.fields.remove')}
                  onClick={() => onChange({ ...step, tasks: step.tasks.filter((_, j) => j !== i) })}
                >
                  ×
                </ActionIcon>
              </Group>
            </Stack>
          </Fieldset>
        );
      })}
      <Button
        variant="light"
        size="xs"
        onClick={() =>
          onChange({
            ...step,
            tasks: [
              ...step.tasks,
              {
                key: `task${step.tasks.length + 1}`,
                subject: '',
                offsetDays: 1,
                dependsOn: [],
                assignee: { type: 'owner' },
              },
            ],
          })
        }
      >
        {t('wf.fields.addTask')}
      </Button>
    </Stack>
  );
}
