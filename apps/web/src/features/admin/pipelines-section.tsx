import { ActionIcon, Alert, Button, Card, Group, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../app/trpc.js';
import { useFieldErrors } from '../../lib/use-field-errors.js';
import { Loaded } from './admin-query.js';
import { PipelineEditor } from './pipeline-editor.js';

type Kind = 'open' | 'won' | 'lost';
interface StageDraft {
  name: string;
  probability: number;
  kind: Kind;
}

const starter: StageDraft[] = [
  { name: '', probability: 10, kind: 'open' },
  { name: '', probability: 100, kind: 'won' },
  { name: '', probability: 0, kind: 'lost' },
];

/** Pipelines with their stages (order, probability, outcome), each editable; a new pipeline with its stages. */
export function PipelinesSection() {
  const pipelines = useQuery(trpc.pipelines.list.queryOptions({ limit: '200', sort: 'position' }));
  return (
    <>
      <NewPipeline />
      <Loaded query={pipelines}>
        {(data) => (
          <Stack>
            {data.items.map((pipeline) => (
              // Keyed by version too: a saved change elsewhere (another tab, the default moving) resets the draft.
              <PipelineEditor key={`${pipeline.id}:${pipeline.version}`} pipeline={pipeline} />
            ))}
          </Stack>
        )}
      </Loaded>
    </>
  );
}

function NewPipeline() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [name, setName] = useState('');
  const [stages, setStages] = useState<StageDraft[]>(starter);
  const create = useMutation(
    trpc.pipelines.create.mutationOptions({
      onSuccess: async () => {
        setName('');
        setStages(starter);
        await queryClient.invalidateQueries({ queryKey: trpc.pipelines.list.queryKey() });
      },
      onError: errors.set,
    }),
  );
  const change = (index: number, patch: Partial<StageDraft>) =>
    setStages((current) => current.map((stage, at) => (at === index ? { ...stage, ...patch } : stage)));
  const move = (index: number, by: -1 | 1) =>
    setStages((current) => {
      const next = [...current];
      const [stage] = next.splice(index, 1);
      if (stage) next.splice(index + by, 0, stage);
      return next;
    });
  return (
    <Card withBorder data-testid="new-pipeline">
      <Stack>
        {errors.general && <Alert color="red">{errors.general}</Alert>}
        <TextInput
          label={t('admin.newPipeline')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={errors.field('name')}
          w={320}
        />
        {stages.map((stage, index) => (
          <Group key={index} align="flex-end" gap="xs">
            <TextInput
              label={`${t('fields.stage')} ${index + 1}`}
              value={stage.name}
              onChange={(event) => change(index, { name: event.currentTarget.value })}
              error={errors.field(`stages.${index}.name`)}
            />
            <NumberInput
              label={t('admin.probability')}
              w={130}
              min={0}
              max={100}
              value={stage.probability}
              onChange={(value) => change(index, { probability: Number(value) || 0 })}
            />
            <Select
              label={t('admin.kind')}
              w={130}
              allowDeselect={false}
              value={stage.kind}
              data={(['open', 'won', 'lost'] as const).map((kind) => ({
                value: kind,
                label: t(`status.${kind}`),
              }))}
              onChange={(kind) => {
                if (kind === 'open' || kind === 'won' || kind === 'lost') change(index, { kind });
              }}
            />
            <ActionIcon
              variant="default"
              aria-label={`↑ ${index + 1}`}
              disabled={index === 0}
              onClick={() => move(index, -1)}
            >
              ↑
            </ActionIcon>
            <ActionIcon
              variant="default"
              aria-label={`↓ ${index + 1}`}
              disabled={index === stages.length - 1}
              onClick={() => move(index, 1)}
            >
              ↓
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`${t('common.delete')} ${index + 1}`}
              onClick={() => setStages((current) => current.filter((_, at) => at !== index))}
            >
              ✕
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="default"
            onClick={() => setStages((current) => [...current, { name: '', probability: 50, kind: 'open' }])}
          >
            {t('admin.addStage')}
          </Button>
          <Button loading={create.isPending} onClick={() => create.mutate({ name, stages })}>
            {t('common.create')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
