import { Badge, Button, Checkbox, Group, Select, Stack, Table, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outputs } from '../../app/api-types.js';
import { trpc } from '../../app/trpc.js';
import { Loaded } from './admin-query.js';
import { FieldVisibility } from './field-visibility.js';
import { useErrorText } from '../../lib/server-errors.js';

type Role = Outputs['roles']['list']['items'][number];
type Permissions = Role['permissions'];
type Grants = Permissions['grants'];
type Subject = keyof Grants;
type Grant = NonNullable<Grants[Subject]>;
type Action = Grant['actions'][number];
type Scope = Grant['scope'];

// The API's permission registry (subjects × actions × scope), in its order.
const subjects: Subject[] = [
  'Account',
  'Contact',
  'Deal',
  'Activity',
  'Pipeline',
  'Tag',
  'CustomField',
  'Member',
  'Team',
  'Role',
  'ApiKey',
  'AuditLog',
  'Import',
  'Plugin',
  'Workflow',
  'Webhook',
];
const actions: Action[] = ['read', 'create', 'update', 'delete', 'export', 'import', 'assign', 'manage'];
const ownedSubjects: Subject[] = ['Account', 'Contact', 'Deal', 'Activity'];

/** Roles and their permission matrix; system roles are shown read-only, custom roles are edited here. */
export function RolesSection() {
  const roles = useQuery(trpc.roles.list.queryOptions({}));
  return <Loaded query={roles}>{(data) => <RoleMatrix roles={data.items} />}</Loaded>;
}

function RoleMatrix({ roles }: { roles: Role[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [roleId, setRoleId] = useState(roles[0]?.id ?? null);
  const role = roles.find((candidate) => candidate.id === roleId) ?? roles[0];
  const [draft, setDraft] = useState<Permissions | null>(null);
  const [newName, setNewName] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.roles.list.queryKey() });
  const errorText = useErrorText();
  const onError = (error: unknown) => notifications.show({ color: 'red', message: errorText(error) });
  const save = useMutation(
    trpc.roles.update.mutationOptions({
      onSuccess: async () => {
        setDraft(null);
        notifications.show({ color: 'green', message: t('common.saved') });
        await refresh();
      },
      onError,
    }),
  );
  const create = useMutation(
    trpc.roles.create.mutationOptions({
      onSuccess: async (created) => {
        setNewName('');
        await refresh();
        setRoleId(created.id);
      },
      onError,
    }),
  );
  if (!role) return null;
  const permissions = draft ?? role.permissions;
  const editable = !role.isSystem;
  const setGrant = (subject: Subject, grant: Grant | undefined) => {
    const grants: Grants = { ...permissions.grants };
    if (grant && grant.actions.length > 0) grants[subject] = grant;
    else grants[subject] = undefined;
    setDraft({ ...permissions, grants });
  };
  const toggle = (subject: Subject, action: Action) => {
    const grant = permissions.grants[subject] ?? { actions: [], scope: 'all' as Scope };
    const has = grant.actions.includes(action);
    setGrant(subject, {
      ...grant,
      actions: has ? grant.actions.filter((candidate) => candidate !== action) : [...grant.actions, action],
    });
  };
  return (
    <Stack>
      <Group align="flex-end">
        <Select
          label={t('admin.role')}
          allowDeselect={false}
          value={role.id}
          data={roles.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
          onChange={(id) => {
            setRoleId(id);
            setDraft(null);
          }}
        />
        {role.isSystem && <Badge variant="light">system</Badge>}
        <TextInput
          label={t('admin.newRole')}
          value={newName}
          onChange={(event) => setNewName(event.currentTarget.value)}
        />
        <Button
          variant="default"
          disabled={!newName.trim()}
          loading={create.isPending}
          onClick={() => create.mutate({ name: newName, permissions: role.permissions })}
        >
          {t('common.create')}
        </Button>
      </Group>
      <Table withTableBorder striped data-testid="permission-matrix">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('admin.subject')}</Table.Th>
            {actions.map((action) => (
              <Table.Th key={action}>{t(`permissionNames.action.${action}`)}</Table.Th>
            ))}
            <Table.Th>{t('admin.scope')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {subjects.map((subject) => {
            const grant = permissions.grants[subject];
            return (
              <Table.Tr key={subject}>
                <Table.Td>{t(`permissionNames.subject.${subject}`)}</Table.Td>
                {actions.map((action) => (
                  <Table.Td key={action}>
                    <Checkbox
                      aria-label={`${t(`permissionNames.subject.${subject}`)}: ${t(`permissionNames.action.${action}`)}`}
                      checked={grant?.actions.includes(action) ?? false}
                      disabled={!editable}
                      onChange={() => toggle(subject, action)}
                    />
                  </Table.Td>
                ))}
                <Table.Td>
                  {ownedSubjects.includes(subject) && grant ? (
                    <Select
                      aria-label={`${t(`permissionNames.subject.${subject}`)}: ${t('admin.scope')}`}
                      size="xs"
                      w={110}
                      allowDeselect={false}
                      disabled={!editable}
                      value={grant.scope}
                      data={[
                        { value: 'all', label: t('admin.scopeAll') },
                        { value: 'team', label: t('admin.scopeTeam') },
                        { value: 'own', label: t('admin.scopeOwn') },
                      ]}
                      onChange={(scope) => {
                        if (scope === 'all' || scope === 'team' || scope === 'own')
                          setGrant(subject, { ...grant, scope });
                      }}
                    />
                  ) : (
                    ((grant && t('admin.scopeAll')) ?? t('admin.scopeNone'))
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Checkbox
        label={t('admin.sensitiveFields')}
        checked={permissions.seesSensitiveFields}
        disabled={!editable}
        onChange={(event) => setDraft({ ...permissions, seesSensitiveFields: event.currentTarget.checked })}
      />
      <FieldVisibility
        permissions={permissions}
        editable={editable}
        onChange={(hiddenFields) => setDraft({ ...permissions, hiddenFields })}
      />
      {editable && (
        <Button
          w="fit-content"
          disabled={draft === null}
          loading={save.isPending}
          onClick={() => save.mutate({ id: role.id, permissions })}
        >
          {t('common.save')}
        </Button>
      )}
    </Stack>
  );
}
