import { lazy, Suspense, useMemo } from 'react';
import { webModules } from '../../../app/modules/index.js';
import { PageLoader } from '../../../app/route-states.js';
import { currentLanguage } from '../../../i18n/index.js';
import { useEnabledModules } from '../../shell/enabled-modules.js';
import type { PluginStep } from '@crm/api';
import { useEditorContext } from '../editor/editor-context.js';
import { errorsBelow, type FieldErrors } from './fields.js';
import { SchemaForm } from './schema-form.js';

/**
 * A plugin step's form: the editor its web module contributes (`stepEditors` in `@crm/ui`), else a
 * form generated from the input JSON Schema the API publishes for the kind.
 */
export function PluginStepForm({
  step,
  onChange,
  errors,
}: {
  step: PluginStep;
  onChange: (step: PluginStep) => void;
  errors: FieldErrors;
}) {
  const { pluginTypes, readOnly } = useEditorContext();
  const enabled = useEnabledModules();
  const contributed = webModules.stepEditor(enabled, step.kind);
  const Editor = useMemo(() => (contributed ? lazy(contributed.load) : null), [contributed]);
  const inputErrors = errorsBelow(errors, 'input');
  const setInput = (input: Record<string, unknown>) => onChange({ ...step, input });
  if (Editor)
    return (
      <Suspense fallback={<PageLoader />}>
        <Editor
          kind={step.kind}
          input={step.input}
          onChange={setInput}
          errors={inputErrors}
          locale={currentLanguage()}
          readOnly={readOnly}
        />
      </Suspense>
    );
  const type = pluginTypes.find((candidate) => candidate.kind === step.kind);
  return (
    <SchemaForm
      schema={type?.inputSchema ?? {}}
      value={step.input}
      onChange={setInput}
      errors={inputErrors}
    />
  );
}
