import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../../app/trpc.js';
import { currentLanguage } from '../../../i18n/index.js';
import { useFormat } from '../../../lib/format.js';
import { Loaded } from '../admin-query.js';
import { EnableDialog } from './enable-dialog.js';
import type { PluginView } from './plugin-view.js';
import { useErrorText } from '../../../lib/server-errors.js';

function PluginCard({ plugin, onSettings }: { plugin: PluginView; onSettings: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const queryClient = useQueryClient();
  const language = currentLanguage();
  const errorText = useErrorText();
  const name = plugin.name[language];
  const disable = useMutation(
    trpc.tenantPlugins.disable.mutationOptions({
      onSuccess: async () => {
        notifications.show({ message: t('plugins.disabledNotice', { name }) });
        await queryClient.invalidateQueries({ queryKey: trpc.tenantPlugins.pathKey() });
      },
      onError: (error) => notifications.show({ color: 'red', message: errorText(error) }),
    }),
  );
  const confirmDisable = () =>
    modals.openConfirmModal({
      title: t('plugins.disableTitle', { name }),
      children: <Text size="sm">{t('plugins.disableBody')}</Text>,
      labels: { confirm: t('plugins.disable'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => disable.mutate({ id: plugin.id }),
    });
  return (
    <Card
      withBorder
      component="section"
      aria-labelledby={`plugin-${plugin.id}`}
      data-testid={`plugin-${plugin.id}`}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} size="h4" id={`plugin-${plugin.id}`}>
            {name}
          </Title>
          <Badge color={plugin.enabled ? 'teal.9' : 'gray.7'}>
            {t(plugin.enabled ? 'plugins.enabled' : 'plugins.disabled')}
          </Badge>
        </Group>
        <Text size="sm">{plugin.description[language]}</Text>
        <Text size="xs" c="dimmed">
          {t('plugins.version', { version: plugin.version })}
          {plugin.enabled &&
            plugin.enabledAt &&
            ` · ${t('plugins.enabledSince', { date: f.date(plugin.enabledAt) })}`}
          {plugin.dependencies.length > 0 &&
            ` · ${t('plugins.dependsOn', { names: plugin.dependencies.join(', ') })}`}
        </Text>
        <Group gap="xs" mt="xs">
          {plugin.enabled ? (
            <>
              <Button
                size="xs"
                variant="light"
                onClick={onSettings}
                aria-label={`${t('plugins.settings')}: ${name}`}
              >
                {t('plugins.settings')}
              </Button>
              <Button
                size="xs"
                variant="default"
                loading={disable.isPending}
                onClick={confirmDisable}
                aria-label={`${t('plugins.disable')}: ${name}`}
              >
                {t('plugins.disable')}
              </Button>
            </>
          ) : (
            <Button size="xs" onClick={onSettings} aria-label={`${t('plugins.enable')}: ${name}`}>
              {t('plugins.enable')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

/** `/admin/plugins`: the installed plugins; enable with settings, change settings, disable. */
export function PluginsSection() {
  const { t } = useTranslation();
  const plugins = useQuery(trpc.tenantPlugins.list.queryOptions({}));
  const [editing, setEditing] = useState<PluginView | null>(null);
  return (
    <Stack>
      <Text c="dimmed">{t('plugins.intro')}</Text>
      <Loaded query={plugins}>
        {(data) => (
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {data.items.map((plugin) => (
              <PluginCard key={plugin.id} plugin={plugin} onSettings={() => setEditing(plugin)} />
            ))}
          </SimpleGrid>
        )}
      </Loaded>
      {editing && <EnableDialog plugin={editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
