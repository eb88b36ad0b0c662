import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { FormError } from '@crm/ui';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../app/trpc.js';
import { useFieldErrors } from '../../lib/use-field-errors.js';
import type { Pipeline } from './pipeline-editor.js';

/**
 * Removes a saved stage. When deals use it, they move first to the chosen stage of the same outcome
 * (the server refuses any other), all in one operation.
 */
export function RemoveStageDialog({
  pipeline,
  stageId,
  onClose,
  onRemoved,
}: {
  pipeline: Pipeline;
  stageId: string;
  onClose: () => void;
  onRemoved: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const errors = useFieldErrors();
  const stage = pipeline.stages.find((candidate) => candidate.id === stageId);
  const summary = useQuery(trpc.pipelines.summary.queryOptions({ id: pipeline.id }));
  const dealCount = summary.data?.stages.find((row) => row.stageId === stageId)?.count;
  const targets = pipeline.stages.filter((other) => other.id !== stageId && other.kind === stage?.kind);
  const [target, setTarget] = useState<string | null>(null);
  const remove = useMutation(
    trpc.pipelines.removeStage.mutationOptions({ onSuccess: onRemoved, onError: errors.set }),
  );
  return (
    <Modal opened onClose={onClose} title={t('admin.removeStageTitle', { name: stage?.name ?? '' })}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          errors.clear();
          remove.mutate({
            id: pipeline.id,
            stageId,
            expectedVersion: pipeline.version,
            ...(target ? { moveDealsToStageId: target } : {}),
          });
        }}
      >
        <Stack>
          {dealCount !== undefined && (
            <Text size="sm">{t('admin.stageDealCount', { count: dealCount })}</Text>
          )}
          <Text size="sm">{t('admin.moveDealsToHelp')}</Text>
          <Select
            label={t('admin.moveDealsTo')}
            placeholder={t('common.none')}
            clearable
            value={target}
            onChange={setTarget}
            data={targets.map((other) => ({ value: other.id, label: other.name }))}
            error={errors.field('moveDealsToStageId')}
          />
          {/* The confirmation is red (it removes), so not FormFooter's buttons. */}
          <FormError errors={errors} shown={['moveDealsToStageId']} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red.9" loading={remove.isPending}>
              {t('admin.removeStageConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
