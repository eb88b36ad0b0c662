import { Badge, Button, Drawer, Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../../app/trpc.js';
import { useFormat } from '../../../lib/format.js';

const colors = { draft: 'gray', published: 'green', superseded: 'yellow', archived: 'dark' } as const;

/** Every version of the workflow with its status and hash; an old one opens read-only. */
export function VersionsDrawer({
  workflowId,
  opened,
  onClose,
}: {
  workflowId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const versions = useQuery({ ...trpc.workflows.versions.queryOptions({ id: workflowId }), enabled: opened });
  return (
    <Drawer opened={opened} onClose={onClose} title={t('wf.editor.versions')} position="right" size="lg">
      <Table striped data-testid="wf-versions">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('wf.columns.version')}</Table.Th>
            <Table.Th>{t('wf.columns.status')}</Table.Th>
            <Table.Th>{t('wf.editor.hash')}</Table.Th>
            <Table.Th>{t('wf.editor.publishedAt')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(versions.data?.items ?? []).map((version) => (
            <Table.Tr key={version.version}>
              <Table.Td>v{version.version}</Table.Td>
              <Table.Td>
                <Badge color={colors[version.status]} variant="light">
                  {t(`wf.status.${version.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <code title={version.hash}>{version.hash.slice(0, 12)}</code>
              </Table.Td>
              <Table.Td>{version.publishedAt ? format.dateTime(version.publishedAt) : '—'}</Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="subtle"
                  aria-label={`${t('wf.editor.view')} v${String(version.version)}`}
                  onClick={() => {
                    onClose();
                    void navigate({
                      to: '/admin/workflows/$id',
                      params: { id: workflowId },
                      search: { version: version.version },
                    });
                  }}
                >
                  {t('wf.editor.view')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Drawer>
  );
}
