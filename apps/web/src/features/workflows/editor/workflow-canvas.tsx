import { Group, Text, Title } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  isBuiltInKind,
  isPluginKind,
  listAt,
  listPath,
  newStepId,
  stepAt,
  stepPath,
  type ListAddress,
  type StepAddress,
  type WorkflowStep,
} from '../definition.js';
import { errorsBelow } from '../forms/fields.js';
import { TriggerForm } from '../forms/trigger-form.js';
import type { DraftApi } from '../hooks/use-draft.js';
import { countByNode, type ValidationError } from '../hooks/validation.js';
import { newBuiltInStep, newPluginStep } from '../new-step.js';
import { AddPanel } from './add-panel.js';
import { useEditorContext } from './editor-context.js';
import { TRIGGER_ID, type GraphNode } from './graph-layout.js';
import { StepPanel } from './step-panel.js';
import { WorkflowGraph } from './workflow-graph.js';

type Selection =
  | { type: 'trigger' }
  | { type: 'step'; address: StepAddress }
  | { type: 'add'; list: ListAddress; index: number; allowed: readonly string[] | 'all' };

function stepPaths(steps: readonly WorkflowStep[], list: ListAddress = []): string[] {
  return steps.flatMap((step, index) => {
    const path = stepPath({ list, index });
    const nested =
      step.kind === 'condition'
        ? [
            ...stepPaths(step.then, [...list, { index, branch: 'then' }]),
            ...stepPaths(step.else ?? [], [...list, { index, branch: 'else' }]),
          ]
        : step.kind === 'approval' || step.kind === 'waitForEvent'
          ? (step.sla?.escalations ?? []).flatMap((e, i) =>
              stepPaths(e.steps, [...list, { index, branch: `sla.escalations.${String(i)}.steps` }]),
            )
          : [];
    return [path, ...nested];
  });
}

/** The graph and, beside it, the side panel of what is selected on it. */
export function WorkflowCanvas({ api, errors }: { api: DraftApi; errors: readonly ValidationError[] }) {
  const { t } = useTranslation();
  const { draft } = api;
  const { readOnly } = useEditorContext();
  const [selection, setSelection] = useState<Selection>({ type: 'trigger' });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const counts = useMemo(() => countByNode(errors, new Set(stepPaths(draft.steps))), [errors, draft.steps]);
  const byPath = (prefix: string) =>
    new Map(
      [...errors]
        .filter((e) => e.path === prefix || e.path.startsWith(`${prefix}.`))
        .map((e) => [e.path === prefix ? '' : e.path.slice(prefix.length + 1), e.message]),
    );

  const select = (node: GraphNode, keyboard: boolean) => {
    if (node.type === 'trigger') setSelection({ type: 'trigger' });
    if (node.type === 'step') setSelection({ type: 'step', address: node.data.address });
    if (node.type === 'add')
      setSelection({ type: 'add', list: node.data.list, index: node.data.index, allowed: node.data.allowed });
    // Chosen with the keyboard: take the focus to the panel that now shows it.
    if (keyboard) requestAnimationFrame(() => headingRef.current?.focus());
  };

  const add = (list: ListAddress, index: number, kind: string) => {
    const id = newStepId(draft.steps, kind);
    const text = t('wf.kind.createTask');
    const step = isBuiltInKind(kind)
      ? newBuiltInStep(kind, id, text)
      : isPluginKind(kind)
        ? newPluginStep(kind, id)
        : null;
    if (!step) return;
    api.insert(list, index, step);
    setSelection({ type: 'step', address: { list, index } });
  };

  const selectedId =
    selection.type === 'trigger'
      ? TRIGGER_ID
      : selection.type === 'step'
        ? stepPath(selection.address)
        : `add:${listPath(selection.list)}`;
  const selectedStep = selection.type === 'step' ? stepAt(draft.steps, selection.address) : undefined;

  const panel = () => {
    if (selection.type === 'trigger')
      return (
        <>
          <Title order={2} size="h4" ref={headingRef} tabIndex={-1} mb="sm">
            {t('wf.editor.triggerPanel')}
          </Title>
          <TriggerForm
            trigger={draft.trigger}
            settings={draft.settings}
            onTrigger={api.setTrigger}
            onSettings={api.setSettings}
            errors={{ trigger: byPath('trigger'), settings: byPath('settings') }}
          />
        </>
      );
    if (selection.type === 'add') {
      const where = selection.list.length
        ? t('wf.editor.branchList', { branch: selection.list[selection.list.length - 1]?.branch ?? '' })
        : t('wf.editor.mainList');
      const listErrors = errorsBelow(
        new Map(errors.map((e) => [e.path, e.message])),
        listPath(selection.list),
      );
      return (
        <>
          <AddPanel
            where={where}
            allowed={selection.allowed === 'all' ? 'all' : selection.allowed.filter(isBuiltInKind)}
            headingRef={headingRef}
            onAdd={(kind) => add(selection.list, listAt(draft.steps, selection.list).length, kind)}
          />
          {listErrors.get('') && (
            <Text size="sm" c="red" mt="xs">
              {listErrors.get('')}
            </Text>
          )}
        </>
      );
    }
    if (!selectedStep) return <Text c="dimmed">{t('wf.editor.noSelection')}</Text>;
    const address = selection.address;
    return (
      <StepPanel
        key={stepPath(address)}
        step={selectedStep}
        address={address}
        siblings={listAt(draft.steps, address.list).length}
        errors={byPath(stepPath(address))}
        allSteps={draft.steps}
        headingRef={headingRef}
        onChange={(step) => api.replace(address, step)}
        onMove={(by) => {
          api.move(address, by);
          setSelection({ type: 'step', address: { ...address, index: address.index + by } });
        }}
        onRemove={() => {
          api.remove(address);
          setSelection({ type: 'trigger' });
        }}
      />
    );
  };

  return (
    <Group align="flex-start" gap="md" wrap="nowrap">
      <div className="wf-canvas" style={{ flex: 1, minWidth: 0 }}>
        <WorkflowGraph draft={draft} errors={counts} selected={selectedId} onSelect={select} />
      </div>
      <aside className="wf-panel" aria-label={t('wf.editor.panel')}>
        {readOnly ? (
          <fieldset disabled className="wf-readonly">
            {panel()}
          </fieldset>
        ) : (
          panel()
        )}
      </aside>
    </Group>
  );
}
