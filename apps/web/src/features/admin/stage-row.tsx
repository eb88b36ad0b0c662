import { useDraggable, useDroppable } from '@dnd-kit/core';
import { ActionIcon, Group, NumberInput, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type StageKind = 'open' | 'won' | 'lost';
export const stageKinds: readonly StageKind[] = ['open', 'won', 'lost'];

/** A stage as edited: `id` for a saved stage, `key` to tell rows apart (the id, or a local one). */
export interface StageDraft {
  key: string;
  id?: string;
  name: string;
  probability: number;
  kind: StageKind;
}

/**
 * One stage of the pipeline editor: a drop target and a drag handle (dnd-kit), its name, probability
 * and outcome, the arrow buttons and remove; its errors come from the editor by field.
 */
export function StageRow({
  stage,
  index,
  count,
  error,
  onChange,
  onMove,
  onRemove,
}: {
  stage: StageDraft;
  index: number;
  count: number;
  error: (field: 'name' | 'probability' | 'kind') => string | undefined;
  onChange: (patch: Partial<StageDraft>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const drop = useDroppable({ id: stage.key });
  const drag = useDraggable({ id: stage.key });
  const position = index + 1;
  const transform = drag.transform
    ? `translate3d(${drag.transform.x}px, ${drag.transform.y}px, 0)`
    : undefined;
  return (
    <div
      ref={drop.setNodeRef}
      role="listitem"
      data-testid={`stage-row-${index}`}
      data-over={drop.isOver && !drag.isDragging ? 'true' : 'false'}
      style={{
        borderTop:
          drop.isOver && !drag.isDragging ? '2px solid var(--mantine-color-blue-6)' : '2px solid transparent',
      }}
    >
      <Group
        ref={drag.setNodeRef}
        align="flex-start"
        gap="xs"
        style={{
          transform,
          opacity: drag.isDragging ? 0.6 : 1,
          position: 'relative',
          zIndex: drag.isDragging ? 1 : 0,
        }}
      >
        <ActionIcon
          variant="subtle"
          mt={26}
          aria-label={t('admin.dragStage', { position })}
          style={{ cursor: 'grab', touchAction: 'none' }}
          {...drag.listeners}
          {...drag.attributes}
        >
          ⠿
        </ActionIcon>
        <TextInput
          label={`${t('fields.stage')} ${position}`}
          value={stage.name}
          onChange={(event) => onChange({ name: event.currentTarget.value })}
          error={error('name')}
        />
        <NumberInput
          label={t('admin.probability')}
          w={130}
          min={0}
          max={100}
          value={stage.probability}
          onChange={(value) =>
            onChange({ probability: typeof value === 'number' ? value : Number(value) || 0 })
          }
          error={error('probability')}
        />
        <Select
          label={t('admin.kind')}
          w={130}
          allowDeselect={false}
          value={stage.kind}
          data={stageKinds.map((kind) => ({ value: kind, label: t(`status.${kind}`) }))}
          onChange={(kind) => {
            const picked = stageKinds.find((candidate) => candidate === kind);
            if (picked) onChange({ kind: picked });
          }}
          error={error('kind')}
        />
        <ActionIcon
          variant="default"
          mt={26}
          aria-label={t('admin.moveStageUp', { position })}
          disabled={index === 0}
          onClick={() => onMove(-1)}
        >
          ↑
        </ActionIcon>
        <ActionIcon
          variant="default"
          mt={26}
          aria-label={t('admin.moveStageDown', { position })}
          disabled={index === count - 1}
          onClick={() => onMove(1)}
        >
          ↓
        </ActionIcon>
        <ActionIcon
          variant="subtle"
          color="red"
          mt={26}
          aria-label={t('admin.removeStage', { position })}
          onClick={onRemove}
        >
          ✕
        </ActionIcon>
      </Group>
    </div>
  );
}
