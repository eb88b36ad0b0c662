import '@xyflow/react/dist/style.css';
import './workflows.css';
import { Background, Controls, ReactFlow, type NodeChange, type NodeTypes } from '@xyflow/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../definition.js';
import { AddNode } from '../nodes/add-node.js';
import { StepNode } from '../nodes/step-node.js';
import { TriggerNode } from '../nodes/trigger-node.js';
import { layoutGraph, type GraphNode } from './graph-layout.js';
import { useEditorContext } from './editor-context.js';
import { stepSummary, useKindLabel } from './step-label.js';

const nodeTypes: NodeTypes = { step: StepNode, trigger: TriggerNode, add: AddNode };

interface WorkflowGraphProps {
  draft: Draft;
  errors: ReadonlyMap<string, number>;
  selected: string | null;
  /** `keyboard`: chosen with Enter or Space on a focused node (the panel then takes the focus). */
  onSelect: (node: GraphNode, keyboard: boolean) => void;
}

/** The definition as a graph: trigger, steps, branches and "+" nodes; keyboard: Tab, then Enter. */
export function WorkflowGraph({ draft, errors, selected, onSelect }: WorkflowGraphProps) {
  const { t } = useTranslation();
  const { pluginTypes } = useEditorContext();
  const kindLabel = useKindLabel(pluginTypes);
  const { nodes, edges } = useMemo(() => {
    const graph = layoutGraph({
      trigger: draft.trigger,
      steps: draft.steps,
      errors,
      label: (label) =>
        label.type === 'escalation'
          ? t('wf.editor.atPercent', { percent: label.percent })
          : t(`wf.editor.${label.type}`),
    });
    const described = graph.nodes.map((node): GraphNode => {
      const problems = node.data.errors ? `, ${t('wf.editor.errorCount', { count: node.data.errors })}` : '';
      const base = { ...node, selected: node.id === selected };
      if (node.type === 'step') {
        const { step } = node.data;
        const ariaLabel = `${t('wf.editor.stepLabel', { kind: kindLabel(step.kind), name: step.name ?? step.id })}. ${stepSummary(step)}${problems}`;
        return { ...base, type: 'step', data: node.data, ariaLabel };
      }
      if (node.type === 'trigger') {
        const ariaLabel = `${t('wf.editor.triggerNode', { type: t(`wf.trigger.${node.data.trigger.type}`) })}${problems}`;
        return { ...base, type: 'trigger', data: node.data, ariaLabel };
      }
      return { ...base, type: 'add', data: node.data, ariaLabel: `${t('wf.editor.addNode')}${problems}` };
    });
    return { nodes: described, edges: graph.edges };
  }, [draft, errors, selected, t, kindLabel]);

  const onNodesChange = (changes: NodeChange<GraphNode>[]) => {
    for (const change of changes) {
      if (change.type !== 'select' || !change.selected) continue;
      const node = nodes.find((n) => n.id === change.id);
      if (node) onSelect(node, false);
    }
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    if (!(event.target instanceof HTMLElement)) return;
    const id = event.target.closest('.react-flow__node')?.getAttribute('data-id');
    const node = nodes.find((n) => n.id === id);
    if (!node) return;
    event.preventDefault();
    onSelect(node, true);
  };

  return (
    <ReactFlow<GraphNode>
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      onNodesChange={onNodesChange}
      onNodeClick={(_, node) => onSelect(node, false)}
      onKeyDown={onKeyDown}
      nodesDraggable={false}
      nodesConnectable={false}
      edgesFocusable={false}
      deleteKeyCode={null}
      multiSelectionKeyCode={null}
      fitView
      fitViewOptions={{ maxZoom: 1, padding: 0.15 }}
      minZoom={0.2}
      proOptions={{ hideAttribution: true }}
      aria-label={t('wf.editor.canvas')}
      ariaLabelConfig={{
        'node.a11yDescription.default': t('wf.editor.flowNodeHelp'),
        'node.a11yDescription.keyboardDisabled': t('wf.editor.flowNodeHelp'),
        'controls.ariaLabel': t('wf.editor.flowControls'),
        'controls.zoomIn.ariaLabel': t('wf.editor.flowZoomIn'),
        'controls.zoomOut.ariaLabel': t('wf.editor.flowZoomOut'),
        'controls.fitView.ariaLabel': t('wf.editor.flowFitView'),
        'controls.interactive.ariaLabel': t('wf.editor.flowInteractive'),
      }}
    >
      <Background />
      <Controls showInteractive={false} />
    </ReactFlow>
  );
}
