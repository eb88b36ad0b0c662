import { Stack, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { canAdminister } from '../../app/abilities.js';
import { Forbidden, NotFound } from '../../app/route-states.js';
import { useSession } from '../../app/session.js';
import { isAdminSection, type AdminSection } from '../shell/nav.js';
import { ApiKeysSection } from './api-keys-section.js';
import { AuditLogSection } from './audit-log-section.js';
import { CustomFieldsSection } from './custom-fields-section.js';
import { PipelinesSection } from './pipelines-section.js';
import { PluginsSection } from './plugins/plugins-section.js';
import { RolesSection } from './roles-section.js';
import { TagsSection } from './tags-section.js';
import { TeamsSection } from './teams-section.js';
import { UsersSection } from './users-section.js';
import { WebhooksSection } from './webhooks-section.js';
import { WorkflowsSection } from '../workflows/workflows-section.js';

const sections: Record<AdminSection, ComponentType> = {
  users: UsersSection,
  teams: TeamsSection,
  roles: RolesSection,
  pipelines: PipelinesSection,
  customFields: CustomFieldsSection,
  tags: TagsSection,
  apiKeys: ApiKeysSection,
  webhooks: WebhooksSection,
  auditLog: AuditLogSection,
  workflows: WorkflowsSection,
  plugins: PluginsSection,
};

/** `/admin/<section>`: the tenant administrator's pages. */
export function AdminPage() {
  const { t } = useTranslation();
  const { section } = useParams({ from: '/app/admin/$section' });
  const session = useSession();
  if (!isAdminSection(section)) return <NotFound />;
  if (!canAdminister(session.rules)) return <Forbidden />;
  const Section = sections[section];
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('admin.title')} · {t(`nav.${section}`)}
      </Title>
      <Section />
    </Stack>
  );
}
