import { Badge, Button, Checkbox, CloseButton, Group, Menu, Modal, Stack, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { FormFooter } from '@crm/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.js';
import { trpc } from '../../app/trpc.js';
import { useFieldErrors } from '../../lib/use-field-errors.js';
import type { ListObjectType, ListParams } from './record-list.types.js';

interface SavedViewsProps {
  objectType: ListObjectType;
  params: ListParams;
  onParams: (params: ListParams) => void;
  columns: string[];
  onColumns: (columns: string[]) => void;
  defaultColumns: string[];
  defaultSort: string;
}

/** Named list states, personal or shared with the workspace: pick one to apply it, or save the current. */
export function SavedViews(props: SavedViewsProps) {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const [saving, { open, close }] = useDisclosure();
  const views = useQuery(trpc.savedViews.list.queryOptions({ objectType: props.objectType }));
  const remove = useMutation(
    trpc.savedViews.delete.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.savedViews.list.queryKey() }),
    }),
  );
  return (
    <>
      <Menu position="bottom-start" width={280}>
        <Menu.Target>
          <Button variant="default" data-testid="saved-views">
            {t('list.views')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            onClick={() => {
              props.onParams({ sort: props.defaultSort, filters: {} });
              props.onColumns(props.defaultColumns);
            }}
          >
            {t('list.defaultView')}
          </Menu.Item>
          {(views.data?.items ?? []).map((view) => (
            <Menu.Item
              key={view.id}
              onClick={() => {
                const { search, sort, ownerId, filters, columns } = view.definition;
                props.onParams({ search, sort, ownerId, filters });
                if (columns.length > 0) props.onColumns(columns);
              }}
              rightSection={
                <Group gap={4} wrap="nowrap">
                  {view.shared && (
                    <Badge size="xs" variant="light">
                      {t('list.shared')}
                    </Badge>
                  )}
                  {view.ownerId === session.user.id && (
                    <CloseButton
                      size="xs"
                      aria-label={`${t('common.delete')}: ${view.name}`}
                      onClick={(event) => {
                        event.stopPropagation();
                        remove.mutate({ id: view.id });
                      }}
                    />
                  )}
                </Group>
              }
            >
              {view.name}
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item onClick={open}>{t('list.saveView')}…</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={saving} onClose={close} title={t('list.saveView')}>
        <SaveViewForm {...props} onDone={close} />
      </Modal>
    </>
  );
}

function SaveViewForm(props: SavedViewsProps & { onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const create = useMutation(
    trpc.savedViews.create.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.savedViews.list.queryKey() });
        props.onDone();
      },
      onError: errors.set,
    }),
  );
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    errors.clear();
    const { search, sort, ownerId, filters } = props.params;
    create.mutate({
      objectType: props.objectType,
      name,
      shared,
      definition: {
        ...(search ? { search } : {}),
        ...(sort ? { sort } : {}),
        ...(ownerId ? { ownerId } : {}),
        filters,
        columns: props.columns,
      },
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label={t('list.viewName')}
          required
          data-autofocus
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={errors.field('name')}
        />
        <Checkbox
          label={t('list.shared')}
          checked={shared}
          onChange={(event) => setShared(event.currentTarget.checked)}
          error={errors.field('shared')}
        />
        <FormFooter
          errors={errors}
          shown={['name', 'shared']}
          submitLabel={t('common.save')}
          cancelLabel={t('common.cancel')}
          pending={create.isPending}
          onCancel={props.onDone}
        />
      </Stack>
    </form>
  );
}
