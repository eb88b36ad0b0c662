import { Badge, Group, Paper, Text } from '@mantine/core';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { TriggerNode as TriggerNodeType } from '../editor/graph-layout.js';

/** The trigger at the top of the graph. */
export function TriggerNode({ data, selected }: NodeProps<TriggerNodeType>) {
  const { t } = useTranslation();
  const { trigger, errors } = data;
  const recordType = trigger.type === 'schedule' ? undefined : trigger.recordType;
  return (
    <Paper
      withBorder
      shadow={selected ? 'md' : 'xs'}
      p={8}
      h="100%"
      className="wf-node wf-node-trigger"
      data-selected={selected || undefined}
      data-invalid={errors > 0 || undefined}
      data-testid="wf-node-trigger"
    >
      <Group justify="space-between" gap={4} wrap="nowrap">
        <Text size="xs" c="dimmed">
          {t('wf.columns.trigger')}
        </Text>
        {errors > 0 && (
          <Badge size="xs" color="red" variant="filled">
            {t('wf.editor.errorCount', { count: errors })}
          </Badge>
        )}
      </Group>
      <Text size="sm" fw={600} truncate>
        {t(`wf.trigger.${trigger.type}`)}
      </Text>
      <Text size="xs" truncate>
        {recordType ? t(`wf.recordType.${recordType}`) : trigger.type === 'schedule' ? trigger.cron : ''}
      </Text>
      <Handle type="source" position={Position.Bottom} isConnectable={false} />
    </Paper>
  );
}
