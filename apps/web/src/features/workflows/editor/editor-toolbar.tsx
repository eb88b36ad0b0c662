import { Badge, Button, Group, Loader, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Outputs } from '../../../app/api-types.js';

export type Workflow = Outputs['workflows']['get'];

interface ToolbarProps {
  workflow: Workflow;
  name: string;
  onName: (name: string) => void;
  dirty: boolean;
  validation: { checking: boolean; errors: number; failed: boolean };
  busy: boolean;
  onSave: () => void;
  onPublish: () => void;
  onArchive: () => void;
  onVersions: () => void;
  onTestRun: () => void;
  canTestRun: boolean;
}

const statusColor = { draft: 'gray', published: 'green', archived: 'dark' } as const;

/** Name, status and live validation of the workflow, and what can be done with it. */
export function EditorToolbar(props: ToolbarProps) {
  const { t } = useTranslation();
  const { workflow, validation } = props;
  return (
    <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t('wf.columns.name')}
          value={props.name}
          onChange={(e) => props.onName(e.currentTarget.value)}
          w={280}
        />
        <Badge color={statusColor[workflow.status]} variant="light" size="lg" data-testid="wf-status">
          {t(`wf.status.${workflow.status}`)} · v{workflow.latestVersion}
        </Badge>
        <Text size="sm" role="status" aria-live="polite" data-testid="wf-validation">
          {validation.checking ? (
            <>
              <Loader size={12} /> {t('wf.editor.checking')}
            </>
          ) : validation.failed ? (
            t('wf.editor.validationFailed')
          ) : validation.errors > 0 ? (
            <Text span c="red.9" inherit>
              {t('wf.editor.errorCount', { count: validation.errors })}
            </Text>
          ) : (
            <Text span inherit>
              ✓ {t('wf.editor.valid')}
            </Text>
          )}
        </Text>
        {props.dirty && (
          <Text size="sm" fw={600}>
            {t('wf.editor.unsaved')}
          </Text>
        )}
      </Group>
      <Group gap="xs">
        <Button variant="default" onClick={props.onVersions}>
          {t('wf.editor.versions')}
        </Button>
        <Button variant="default" onClick={props.onTestRun} disabled={!props.canTestRun}>
          {t('wf.editor.testRun')}
        </Button>
        <Button
          variant="default"
          color="red"
          onClick={props.onArchive}
          disabled={workflow.status === 'archived'}
        >
          {t('wf.editor.archive')}
        </Button>
        <Button variant="light" onClick={props.onSave} loading={props.busy} disabled={!props.dirty}>
          {t('wf.editor.save')}
        </Button>
        <Button
          onClick={props.onPublish}
          loading={props.busy}
          disabled={validation.errors > 0 || (!props.dirty && workflow.latest.status === 'published')}
        >
          {t('wf.editor.publish')}
        </Button>
      </Group>
    </Group>
  );
}
