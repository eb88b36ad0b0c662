import type { PluginStep } from '@crm/api';
import { allStepIds, type WorkflowStep } from '../definition.js';
import type { FieldErrors } from './fields.js';
import { ApprovalForm, ConditionForm, DelayForm, WaitForEventForm, WaitUntilForm } from './flow-forms.js';
import { NotifyForm, SendEmailForm, WebhookForm } from './message-forms.js';
import { PluginStepForm } from './plugin-step-form.js';
import { AssignForm, SummarizePipelineForm, UpdateFieldsForm } from './record-forms.js';
import { ActionPlanForm, CreateTaskForm } from './task-forms.js';

function createTaskIds(steps: readonly WorkflowStep[]): string[] {
  const ids = new Set(allStepIds(steps));
  const tasks: string[] = [];
  const walk = (list: readonly WorkflowStep[]) => {
    for (const step of list) {
      if (step.kind === 'createTask') tasks.push(step.id);
      if (step.kind === 'condition') {
        walk(step.then);
        walk(step.else ?? []);
      }
    }
  };
  walk(steps);
  return tasks.filter((id) => ids.has(id));
}

/** The typed form for a step's kind (plugin kinds: the plugin's editor or a generated form). */
export function StepForm({
  step,
  onChange,
  errors,
  allSteps,
}: {
  step: WorkflowStep;
  onChange: (step: WorkflowStep) => void;
  errors: FieldErrors;
  allSteps: readonly WorkflowStep[];
}) {
  switch (step.kind) {
    case 'condition':
      return <ConditionForm step={step} onChange={onChange} errors={errors} />;
    case 'delay':
      return <DelayForm step={step} onChange={onChange} errors={errors} />;
    case 'waitUntil':
      return <WaitUntilForm step={step} onChange={onChange} errors={errors} />;
    case 'waitForEvent':
      return (
        <WaitForEventForm
          step={step}
          onChange={onChange}
          errors={errors}
          taskSteps={createTaskIds(allSteps)}
        />
      );
    case 'createTask':
      return <CreateTaskForm step={step} onChange={onChange} errors={errors} />;
    case 'assign':
      return <AssignForm step={step} onChange={onChange} errors={errors} />;
    case 'updateFields':
      return <UpdateFieldsForm step={step} onChange={onChange} errors={errors} />;
    case 'sendEmail':
      return <SendEmailForm step={step} onChange={onChange} errors={errors} />;
    case 'notify':
      return <NotifyForm step={step} onChange={onChange} errors={errors} />;
    case 'webhook':
      return <WebhookForm step={step} onChange={onChange} errors={errors} />;
    case 'approval':
      return <ApprovalForm step={step} onChange={onChange} errors={errors} />;
    case 'actionPlan':
      return <ActionPlanForm step={step} onChange={onChange} errors={errors} />;
    case 'summarizePipeline':
      return <SummarizePipelineForm step={step} onChange={onChange} errors={errors} />;
    default:
      return <PluginStepForm step={step satisfies PluginStep} onChange={onChange} errors={errors} />;
  }
}
