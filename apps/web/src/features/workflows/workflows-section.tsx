import { Badge, Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../app/trpc.js';
import { useFormat } from '../../lib/format.js';
import { AnchorLink } from '../../lib/links.js';
import { Loaded } from '../admin/admin-query.js';
import { starterDefinition } from './new-step.js';
import { TemplateGallery } from './template-gallery.js';

const statusColor = { draft: 'gray', published: 'green', archived: 'dark' } as const;

/** `/admin/workflows`: the tenant's workflows, a new one, and the template gallery. */
export function WorkflowsSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const workflows = useQuery(trpc.workflows.list.queryOptions({ limit: 200 }));
  const create = useMutation(
    trpc.workflows.create.mutationOptions({
      onSuccess: async (workflow) => {
        await queryClient.invalidateQueries({ queryKey: trpc.workflows.pathKey() });
        await navigate({ to: '/admin/workflows/$id', params: { id: workflow.id } });
      },
      onError: (error) => notifications.show({ color: 'red', message: error.message }),
    }),
  );
  return (
    <Stack>
      <Card withBorder>
        <Group align="flex-end">
          <TextInput
            label={t('wf.newName')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            w={320}
          />
          <Button
            disabled={!name.trim()}
            loading={create.isPending}
            onClick={() =>
              create.mutate({ name: name.trim(), definition: starterDefinition(t('wf.kind.createTask')) })
            }
          >
            {t('wf.create')}
          </Button>
        </Group>
      </Card>
      <Loaded query={workflows}>
        {(data) =>
          data.items.length === 0 ? (
            <Text c="dimmed">{t('wf.empty')}</Text>
          ) : (
            <Table striped withTableBorder data-testid="wf-list">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('wf.columns.name')}</Table.Th>
                  <Table.Th>{t('wf.columns.status')}</Table.Th>
                  <Table.Th>{t('wf.columns.trigger')}</Table.Th>
                  <Table.Th>{t('wf.columns.version')}</Table.Th>
                  <Table.Th>{t('wf.columns.lastPublished')}</Table.Th>
                  <Table.Th>{t('wf.columns.runs')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((workflow) => (
                  <Table.Tr key={workflow.id}>
                    <Table.Td>
                      <AnchorLink to="/admin/workflows/$id" params={{ id: workflow.id }}>
                        {workflow.name}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={statusColor[workflow.status]} variant="light">
                        {t(`wf.status.${workflow.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{workflow.triggerType}</Table.Td>
                    <Table.Td>
                      v{workflow.latestVersion}
                      {workflow.publishedVersion !== null &&
                      workflow.publishedVersion !== workflow.latestVersion
                        ? ` (v${String(workflow.publishedVersion)} ${t('wf.status.published').toLowerCase()})`
                        : ''}
                    </Table.Td>
                    <Table.Td>
                      {workflow.lastPublishedAt ? format.dateTime(workflow.lastPublishedAt) : '—'}
                    </Table.Td>
                    <Table.Td>{format.number(workflow.runCount)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </Loaded>
      <Title order={2} size="h3" mt="md">
        {t('wf.templates')}
      </Title>
      <TemplateGallery />
    </Stack>
  );
}
