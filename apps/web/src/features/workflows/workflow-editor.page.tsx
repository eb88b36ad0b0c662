import { Alert, Breadcrumbs, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, PageLoader } from '../../app/route-states.js';
import { trpc, trpcClient } from '../../app/trpc.js';
import { AnchorLink } from '../../lib/links.js';
import { toDraft, triggerRecordType, type Draft } from './definition.js';
import { EditorContext } from './editor/editor-context.js';
import { EditorToolbar, type Workflow } from './editor/editor-toolbar.js';
import type { PluginStepType } from './editor/step-label.js';
import { TestRunModal } from './editor/test-run-modal.js';
import { VersionsDrawer } from './editor/versions-drawer.js';
import { WorkflowCanvas } from './editor/workflow-canvas.js';
import { useDraft } from './hooks/use-draft.js';
import { useLiveValidation } from './hooks/use-live-validation.js';
import { RunList } from './runs/run-list.js';

function Editor({ workflow, initial }: { workflow: Workflow; initial: Draft }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const api = useDraft(initial);
  const [name, setName] = useState(workflow.name);
  const [busy, setBusy] = useState(false);
  const [versionsOpen, versions] = useDisclosure(false);
  const [testOpen, test] = useDisclosure(false);
  const validation = useLiveValidation(api.draft);
  const published = workflow.publishedVersion !== null;
  const manual = workflow.status === 'published' && workflow.latest.triggerType === 'manual';

  const refresh = async (next: Workflow) => {
    queryClient.setQueryData(trpc.workflows.get.queryKey({ id: workflow.id }), next);
    await queryClient.invalidateQueries({ queryKey: trpc.workflows.pathKey() });
    const draft = toDraft(next.latest.definition);
    if (draft) api.load(draft);
  };
  const act = async (action: () => Promise<Workflow>, message: (w: Workflow) => string) => {
    setBusy(true);
    try {
      const next = await action();
      await refresh(next);
      notifications.show({ color: 'green', message: message(next) });
    } catch (error) {
      notifications.show({ color: 'red', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };
  const save = () =>
    trpcClient.workflows.update.mutate({ id: workflow.id, name, definition: { ...api.draft } });

  return (
    <Stack>
      <EditorToolbar
        workflow={workflow}
        name={name}
        onName={setName}
        dirty={api.dirty || name !== workflow.name}
        validation={{
          checking: validation.checking,
          errors: validation.errors.length,
          failed: validation.failed,
        }}
        busy={busy}
        canTestRun={manual}
        onSave={() => void act(save, () => t('wf.editor.saved'))}
        onPublish={() =>
          void act(
            async () => {
              if (api.dirty || name !== workflow.name) await save();
              return trpcClient.workflows.publish.mutate({ id: workflow.id });
            },
            (w) => t('wf.editor.published', { version: w.publishedVersion ?? w.latestVersion }),
          )
        }
        onArchive={() =>
          void act(
            () => trpcClient.workflows.archive.mutate({ id: workflow.id }),
            () => t('wf.editor.archived'),
          )
        }
        onVersions={versions.open}
        onTestRun={test.open}
      />
      <WorkflowCanvas api={api} errors={validation.errors} />
      {published && <RunList workflowId={workflow.id} />}
      <VersionsDrawer workflowId={workflow.id} opened={versionsOpen} onClose={versions.close} />
      {testOpen && (
        <TestRunModal
          workflowId={workflow.id}
          recordType={triggerRecordType(api.draft.trigger)}
          opened={testOpen}
          onClose={test.close}
        />
      )}
    </Stack>
  );
}

/** A read-only view of an older version (from the versions list). */
function VersionView({
  workflow,
  version,
  pluginTypes,
}: {
  workflow: Workflow;
  version: number;
  pluginTypes: PluginStepType[];
}) {
  const { t } = useTranslation();
  const versions = useQuery(trpc.workflows.versions.queryOptions({ id: workflow.id }));
  const api = useDraft({ trigger: { type: 'manual', recordType: 'deal' }, steps: [] });
  if (versions.isPending) return <PageLoader />;
  if (versions.isError) return <ErrorState error={versions.error} />;
  const found = versions.data.items.find((v) => v.version === version);
  const draft = found ? toDraft(found.definition) : null;
  if (!found || !draft) return <ErrorState error={new Error(t('errors.notFound'))} />;
  return (
    <EditorContext.Provider value={{ pluginTypes, readOnly: true }}>
      <Stack>
        <Alert color="blue" title={t('wf.editor.readOnly', { version })}>
          <Text size="sm">
            {t(`wf.status.${found.status}`)} · <code>{found.hash.slice(0, 12)}</code> ·{' '}
            <AnchorLink to="/admin/workflows/$id" params={{ id: workflow.id }} search={{}}>
              {t('wf.editor.backToDraft')}
            </AnchorLink>
          </Text>
        </Alert>
        <ReadOnlyCanvas draft={draft} api={api} />
      </Stack>
    </EditorContext.Provider>
  );
}

function ReadOnlyCanvas({ draft, api }: { draft: Draft; api: ReturnType<typeof useDraft> }) {
  return <WorkflowCanvas api={{ ...api, draft }} errors={[]} />;
}

/** `/admin/workflows/<id>`: the visual editor of a workflow (`?version=N`: that version, read-only). */
export function WorkflowEditorPage() {
  const { t } = useTranslation();
  const { id } = useParams({ from: '/app/admin/workflows/$id' });
  const { version } = useSearch({ from: '/app/admin/workflows/$id' });
  const workflow = useQuery(trpc.workflows.get.queryOptions({ id }));
  const stepTypes = useQuery(trpc.workflows.stepTypes.queryOptions({}));
  if (workflow.isPending || stepTypes.isPending) return <PageLoader />;
  if (workflow.isError) return <ErrorState error={workflow.error} />;
  const pluginTypes = stepTypes.data?.items ?? [];
  const initial = toDraft(workflow.data.latest.definition);
  const header = (
    <Breadcrumbs>
      <AnchorLink to="/admin/$section" params={{ section: 'workflows' }}>
        {t('wf.title')}
      </AnchorLink>
      <Text>{workflow.data.name}</Text>
    </Breadcrumbs>
  );
  if (version !== undefined)
    return (
      <Stack>
        {header}
        <VersionView workflow={workflow.data} version={version} pluginTypes={pluginTypes} />
      </Stack>
    );
  if (!initial) return <ErrorState error={new Error(t('errors.generic'))} />;
  return (
    <EditorContext.Provider value={{ pluginTypes, readOnly: false }}>
      <Stack>
        {header}
        <Editor
          key={`${workflow.data.id}:${String(workflow.data.latestVersion)}`}
          workflow={workflow.data}
          initial={initial}
        />
      </Stack>
    </EditorContext.Provider>
  );
}
