import { Breadcrumbs, Group, Paper, Stack, Tabs, Text } from '@mantine/core';
import { AnchorLink } from '../../lib/links.js';
import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { webModules } from '../../app/modules/index.js';
import { PageLoader } from '../../app/route-states.js';
import { currentLanguage } from '../../i18n/index.js';
import { useEnabledModules } from '../shell/enabled-modules.js';
import { RecordTimeline, type TimelineRecordType } from '../timeline/timeline.js';
import { QuickActions } from './quick-actions.js';

const RecordWorkflowsTab = lazy(() =>
  import('../workflows/runs/record-workflows-tab.js').then((m) => ({ default: m.RecordWorkflowsTab })),
);

const listOf = { contact: '/contacts', account: '/accounts', deal: '/deals' } as const;
const listLabel = { contact: 'nav.contacts', account: 'nav.accounts', deal: 'nav.deals' } as const;

interface RecordLayoutProps {
  type: TimelineRecordType;
  id: string;
  /** The record's name, for the breadcrumb and the document title. */
  name: string;
  /** The inline-editable title field. */
  title: ReactNode;
  /** Further key fields, inline-editable. */
  header: ReactNode;
  details: ReactNode;
  related: ReactNode;
}

/** Every record page: header with key fields, quick actions, and tabs (plugin tabs included). */
export function RecordLayout({ type, id, name, title, header, details, related }: RecordLayoutProps) {
  const { t } = useTranslation();
  const enabled = useEnabledModules();
  const language = currentLanguage();
  const moduleTabs = useMemo(
    () => webModules.recordTabs(enabled, type).map((tab) => ({ ...tab, Component: lazy(tab.load) })),
    [enabled, type],
  );
  return (
    <Stack>
      <Breadcrumbs>
        <AnchorLink to={listOf[type]}>{t(listLabel[type])}</AnchorLink>
        <Text>{name}</Text>
      </Breadcrumbs>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <div>{title}</div>
          <Group gap="xl">{header}</Group>
          <QuickActions type={type} id={id} />
        </Stack>
      </Paper>
      <Tabs defaultValue="timeline" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="timeline">{t('record.timeline')}</Tabs.Tab>
          <Tabs.Tab value="details">{t('record.details')}</Tabs.Tab>
          <Tabs.Tab value="related">{t('record.related')}</Tabs.Tab>
          <Tabs.Tab value="workflows">{t('record.workflows')}</Tabs.Tab>
          {moduleTabs.map((tab) => (
            <Tabs.Tab key={tab.id} value={`module:${tab.id}`}>
              {tab.label[language]}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="timeline" pt="md">
          <RecordTimeline type={type} id={id} />
        </Tabs.Panel>
        <Tabs.Panel value="details" pt="md">
          {details}
        </Tabs.Panel>
        <Tabs.Panel value="related" pt="md">
          {related}
        </Tabs.Panel>
        <Tabs.Panel value="workflows" pt="md">
          <Suspense fallback={<PageLoader />}>
            <RecordWorkflowsTab type={type} id={id} />
          </Suspense>
        </Tabs.Panel>
        {moduleTabs.map((tab) => (
          <Tabs.Panel key={tab.id} value={`module:${tab.id}`} pt="md">
            <Suspense fallback={<PageLoader />}>
              <tab.Component objectType={type} recordId={id} />
            </Suspense>
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
