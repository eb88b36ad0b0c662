import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { Alert, Badge, Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outputs } from '../../app/api-types.js';
import { trpc } from '../../app/trpc.js';
import { useFieldErrors } from '../../lib/use-field-errors.js';
import { RemoveStageDialog } from './remove-stage-dialog.js';
import { StageRow, type StageDraft } from './stage-row.js';

export type Pipeline = Outputs['pipelines']['list']['items'][number];
let localKeys = 0;
const draftOf = (pipeline: Pipeline): StageDraft[] =>
  pipeline.stages.map((stage) => ({
    key: stage.id,
    id: stage.id,
    name: stage.name,
    probability: stage.probability,
    kind: stage.kind,
  }));

function moved<T>(list: T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/**
 * One pipeline: its name, whether it is the default, and its stages (rename, reorder by drag and drop or
 * the arrow buttons, probability, outcome, add). A saved stage is removed at once through a dialog that
 * moves its deals; the rest is saved together (the stage list is replaced as a whole).
 */
export function PipelineEditor({ pipeline }: { pipeline: Pipeline }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [name, setName] = useState(pipeline.name);
  const [stages, setStages] = useState<StageDraft[]>(() => draftOf(pipeline));
  const [removing, setRemoving] = useState<StageDraft | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.pipelines.list.queryKey() });
  const save = useMutation(
    trpc.pipelines.update.mutationOptions({
      onSuccess: async (saved) => {
        errors.clear();
        setName(saved.name);
        setStages(draftOf(saved));
        await refresh();
      },
      onError: errors.set,
    }),
  );
  const makeDefault = useMutation(
    trpc.pipelines.update.mutationOptions({ onSuccess: refresh, onError: errors.set }),
  );
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor),
  );
  const dirty = name !== pipeline.name || JSON.stringify(stages) !== JSON.stringify(draftOf(pipeline));
  const change = (index: number, patch: Partial<StageDraft>) =>
    setStages((current) => current.map((stage, at) => (at === index ? { ...stage, ...patch } : stage)));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    setStages((current) => {
      const from = current.findIndex((stage) => stage.key === active.id);
      const to = current.findIndex((stage) => stage.key === over.id);
      return from < 0 || to < 0 ? current : moved(current, from, to);
    });
  };
  return (
    <Card withBorder data-testid={`pipeline-editor-${pipeline.name}`}>
      <Stack>
        {errors.general && <Alert color="red">{errors.general}</Alert>}
        <Group align="flex-end">
          <TextInput
            label={t('admin.pipelineName')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={errors.field('name')}
            w={320}
          />
          {pipeline.isDefault ? (
            <Badge variant="light">{t('admin.default')}</Badge>
          ) : (
            <Button
              variant="default"
              loading={makeDefault.isPending}
              onClick={() =>
                makeDefault.mutate({ id: pipeline.id, isDefault: true, expectedVersion: pipeline.version })
              }
            >
              {t('admin.makeDefault')}
            </Button>
          )}
        </Group>
        <Text size="sm">{t('admin.stagesHelp')}</Text>
        {errors.field('stages') && (
          <Text size="sm" c="red" role="alert">
            {errors.field('stages')}
          </Text>
        )}
        <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
          <Stack gap="xs" role="list" aria-label={t('admin.stages')}>
            {stages.map((stage, index) => (
              <StageRow
                key={stage.key}
                stage={stage}
                index={index}
                count={stages.length}
                error={(field) => errors.field(`stages.${index}.${field}`)}
                onChange={(patch) => change(index, patch)}
                onMove={(by) => setStages((current) => moved(current, index, index + by))}
                onRemove={() =>
                  stage.id
                    ? setRemoving(stage)
                    : setStages((current) => current.filter((other) => other.key !== stage.key))
                }
              />
            ))}
          </Stack>
        </DndContext>
        <Group>
          <Button
            variant="default"
            onClick={() => {
              localKeys += 1;
              setStages((current) => [
                ...current,
                { key: `new-${localKeys}`, name: '', probability: 50, kind: 'open' },
              ]);
            }}
          >
            {t('admin.addStage')}
          </Button>
          <Button
            disabled={!dirty}
            loading={save.isPending}
            onClick={() =>
              save.mutate({
                id: pipeline.id,
                expectedVersion: pipeline.version,
                name,
                stages: stages.map(({ id, name: stageName, probability, kind }) => ({
                  ...(id ? { id } : {}),
                  name: stageName,
                  probability,
                  kind,
                })),
              })
            }
          >
            {t('common.save')}
          </Button>
          {dirty && (
            <Button
              variant="subtle"
              onClick={() => {
                errors.clear();
                setName(pipeline.name);
                setStages(draftOf(pipeline));
              }}
            >
              {t('common.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
      {removing?.id && (
        <RemoveStageDialog
          pipeline={pipeline}
          stageId={removing.id}
          onClose={() => setRemoving(null)}
          onRemoved={async () => {
            const removedKey = removing.key;
            setRemoving(null);
            setStages((current) => current.filter((stage) => stage.key !== removedKey));
            await refresh();
          }}
        />
      )}
    </Card>
  );
}
