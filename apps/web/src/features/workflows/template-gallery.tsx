import { Badge, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../app/trpc.js';
import { currentLanguage } from '../../i18n/index.js';
import { Loaded } from '../admin/admin-query.js';

/** Installable templates (core's and the enabled plugins'): install one as a draft and open it. */
export function TemplateGallery() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const templates = useQuery(trpc.workflowTemplates.list.queryOptions({}));
  const install = useMutation(
    trpc.workflowTemplates.install.mutationOptions({
      onSuccess: async (workflow) => {
        notifications.show({ color: 'green', message: t('wf.installed', { name: workflow.name }) });
        await queryClient.invalidateQueries({ queryKey: trpc.workflows.pathKey() });
        await navigate({ to: '/admin/workflows/$id', params: { id: workflow.id } });
      },
      onError: (error) => notifications.show({ color: 'red', message: error.message }),
    }),
  );
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('wf.templatesIntro')}
      </Text>
      <Loaded query={templates}>
        {(data) => (
          <SimpleGrid cols={{ base: 1, md: 2, lg: 3 }} data-testid="wf-templates">
            {data.items.map((template) => (
              <Card key={template.id} withBorder data-testid={`wf-template-${template.id}`}>
                <Stack gap={6} h="100%" justify="space-between">
                  <div>
                    <Text fw={600}>{template.name[language]}</Text>
                    <Text size="sm" c="dimmed">
                      {template.description[language]}
                    </Text>
                  </div>
                  <Group justify="space-between">
                    <Badge variant="light">
                      {template.triggerType ? t(`wf.trigger.${triggerKey(template.triggerType)}`) : '—'}
                    </Badge>
                    <Button
                      size="xs"
                      loading={install.isPending && install.variables.id === template.id}
                      onClick={() => install.mutate({ id: template.id, name: template.name[language] })}
                      aria-label={`${t('wf.install')}: ${template.name[language]}`}
                    >
                      {t('wf.install')}
                    </Button>
                  </Group>
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
        )}
      </Loaded>
    </Stack>
  );
}

const keys = ['record.created', 'record.updated', 'date', 'schedule', 'manual', 'webhook'] as const;
function triggerKey(type: string): (typeof keys)[number] {
  return keys.find((key) => key === type) ?? 'manual';
}
