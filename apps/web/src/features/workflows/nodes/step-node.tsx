import { Badge, Group, Paper, Text } from '@mantine/core';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { StepNode as StepNodeType } from '../editor/graph-layout.js';
import { useEditorContext } from '../editor/editor-context.js';
import { stepSummary, useKindLabel } from '../editor/step-label.js';

/** A step on the graph: its kind, label or id, what it does, and its error count. */
export function StepNode({ data, selected }: NodeProps<StepNodeType>) {
  const { t } = useTranslation();
  const { pluginTypes } = useEditorContext();
  const kindLabel = useKindLabel(pluginTypes);
  const { step, errors } = data;
  return (
    <Paper
      withBorder
      shadow={selected ? 'md' : 'xs'}
      p={8}
      h="100%"
      className="wf-node"
      data-selected={selected || undefined}
      data-invalid={errors > 0 || undefined}
      data-testid={`wf-node-${step.id}`}
    >
      <Handle type="target" position={Position.Top} isConnectable={false} />
      <Group justify="space-between" gap={4} wrap="nowrap">
        <Text size="xs" c="dimmed" truncate>
          {kindLabel(step.kind)}
        </Text>
        {errors > 0 && (
          <Badge size="xs" color="red" variant="filled">
            {t('wf.editor.errorCount', { count: errors })}
          </Badge>
        )}
      </Group>
      <Text size="sm" fw={600} truncate>
        {step.name ?? step.id}
      </Text>
      <Text size="xs" truncate>
        {stepSummary(step)}
      </Text>
      <Handle type="source" position={Position.Bottom} isConnectable={false} />
    </Paper>
  );
}
