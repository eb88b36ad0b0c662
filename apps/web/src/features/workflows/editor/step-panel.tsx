import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { stepPath, type StepAddress, type WorkflowStep } from '../definition.js';
import type { FieldErrors } from '../forms/fields.js';
import { StepForm } from '../forms/step-form.js';
import { useEditorContext } from './editor-context.js';
import { useKindLabel } from './step-label.js';

interface StepPanelProps {
  step: WorkflowStep;
  address: StepAddress;
  siblings: number;
  errors: FieldErrors;
  allSteps: readonly WorkflowStep[];
  onChange: (step: WorkflowStep) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  headingRef: React.Ref<HTMLHeadingElement>;
}

/** The selected step: its id and label, the form of its kind, and moving or removing it. */
export function StepPanel(props: StepPanelProps) {
  const { step, address, siblings, errors } = props;
  const { t } = useTranslation();
  const { pluginTypes, readOnly } = useEditorContext();
  const kindLabel = useKindLabel(pluginTypes);
  return (
    <Stack gap="sm" data-testid="wf-step-panel" data-path={stepPath(address)}>
      <Title order={2} size="h4" ref={props.headingRef} tabIndex={-1}>
        {kindLabel(step.kind)}
      </Title>
      <Group grow align="flex-start">
        <TextInput
          label={t('wf.editor.stepId')}
          value={step.id}
          error={errors.get('id')}
          onChange={(e) => props.onChange({ ...step, id: e.currentTarget.value })}
        />
        <TextInput
          label={t('wf.editor.stepName')}
          value={step.name ?? ''}
          error={errors.get('name')}
          onChange={(e) => props.onChange({ ...step, name: e.currentTarget.value || undefined })}
        />
      </Group>
      <StepForm step={step} onChange={props.onChange} errors={errors} allSteps={props.allSteps} />
      {errors.get('kind') && (
        <Text size="sm" c="red">
          {errors.get('kind')}
        </Text>
      )}
      {!readOnly && (
        <Group gap="xs" mt="sm">
          <Button variant="default" size="xs" disabled={address.index === 0} onClick={() => props.onMove(-1)}>
            {t('wf.editor.moveUp')}
          </Button>
          <Button
            variant="default"
            size="xs"
            disabled={address.index >= siblings - 1}
            onClick={() => props.onMove(1)}
          >
            {t('wf.editor.moveDown')}
          </Button>
          <Button color="red" variant="light" size="xs" onClick={props.onRemove}>
            {t('wf.editor.remove')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
