import { useTranslation } from 'react-i18next';
import type { Outputs } from '../../../app/api-types.js';
import { currentLanguage } from '../../../i18n/index.js';
import { isBuiltInKind, type WorkflowStep } from '../definition.js';

export type PluginStepType = Outputs['workflows']['stepTypes']['items'][number];

/** The name of a step kind in the current language (plugin kinds by their declared label). */
export function useKindLabel(pluginTypes: readonly PluginStepType[]): (kind: string) => string {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (kind) => {
    if (isBuiltInKind(kind)) return t(`wf.kind.${kind}`);
    return pluginTypes.find((type) => type.kind === kind)?.label[language] ?? kind;
  };
}

/** A one-line summary of what a step does, for its node. */
export function stepSummary(step: WorkflowStep): string {
  switch (step.kind) {
    case 'condition':
      return step.if;
    case 'delay':
      return Object.entries(step.duration)
        .filter(([, value]) => value)
        .map(([unit, value]) => `${String(value)} ${unit.slice(0, 1)}`)
        .join(' ');
    case 'waitUntil':
      return step.date;
    case 'waitForEvent':
      return step.event.type;
    case 'createTask':
      return step.subject;
    case 'assign':
      return step.rule.type;
    case 'updateFields':
      return Object.keys(step.set).join(', ');
    case 'sendEmail':
      return step.subject;
    case 'notify':
      return step.title;
    case 'webhook':
      return step.url;
    case 'approval':
      return `${step.role}: ${step.title}`;
    case 'actionPlan':
      return step.tasks.map((task) => task.key).join(', ');
    case 'summarizePipeline':
      return `${String(step.periodDays)} d`;
    default:
      return '';
  }
}
