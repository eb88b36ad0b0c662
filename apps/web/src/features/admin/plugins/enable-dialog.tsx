import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { webModules } from '../../../app/modules/index.js';
import { trpc } from '../../../app/trpc.js';
import { currentLanguage } from '../../../i18n/index.js';
import { useFieldErrors } from '../../../lib/use-field-errors.js';
import { settingFields } from './settings-fields.js';
import { SettingsForm } from './settings-form.js';
import type { PluginView } from './plugin-view.js';

/** Enables a plugin with its settings, or saves new settings of an enabled one (the same call). */
export function EnableDialog({ plugin, onClose }: { plugin: PluginView; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const name = plugin.name[currentLanguage()];
  const fields = settingFields(plugin.configSchema, plugin.config);
  const enable = useMutation(
    trpc.tenantPlugins.enable.mutationOptions({
      onSuccess: async () => {
        notifications.show({ color: 'teal', message: t('plugins.enabledNotice', { name }) });
        onClose();
        await queryClient.invalidateQueries({ queryKey: trpc.tenantPlugins.pathKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.plugins.pathKey() });
      },
      onError: errors.set,
    }),
  );
  return (
    <Modal
      opened
      onClose={onClose}
      title={t(plugin.enabled ? 'plugins.settingsTitle' : 'plugins.enableTitle', { name })}
    >
      <SettingsForm
        fields={fields}
        labels={webModules.module(plugin.id)?.settings ?? {}}
        submitLabel={t(plugin.enabled ? 'plugins.save' : 'plugins.enable')}
        pending={enable.isPending}
        fieldError={(key) => errors.field(`config.${key}`)}
        errors={errors}
        onSubmit={(config) => {
          errors.clear();
          enable.mutate({ id: plugin.id, config });
        }}
        onCancel={onClose}
      />
    </Modal>
  );
}
