import { Button, Checkbox, Group, Popover, Select, Stack, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMembers, useSession } from '../../app/session.js';
import { trpc } from '../../app/trpc.js';
import { toQueryString } from './list-query.js';
import type { ListParams, ListRow, RecordListConfig } from './record-list.types.js';
import { SavedViews } from './saved-views.js';

interface ToolbarProps<T extends ListRow> {
  config: RecordListConfig<T>;
  params: ListParams;
  onParams: (params: ListParams) => void;
  visibleColumns: string[];
  onVisibleColumns: (columns: string[]) => void;
}

function withFilter(params: ListParams, key: string, value: string | null): ListParams {
  const filters = Object.fromEntries(Object.entries(params.filters).filter(([name]) => name !== key));
  if (value) filters[key] = value;
  return { ...params, filters };
}

function Toolbar<T extends ListRow>(props: ToolbarProps<T>) {
  const { config, params, onParams } = props;
  const { t } = useTranslation();
  const session = useSession();
  const members = useMembers();
  const [search, setSearch] = useState(params.search ?? '');
  const applySearch = useDebouncedCallback((value: string) => {
    onParams({ ...params, search: value.trim() || undefined });
  }, 250);
  const tags = useQuery({
    ...trpc.tags.list.queryOptions({ limit: '200' }),
    enabled: Boolean(config.tagRecordType),
  });
  const customObject = config.objectType === 'activity' ? undefined : config.objectType;
  const fields = useQuery({
    ...trpc.customFields.list.queryOptions({
      limit: '200',
      ...(customObject ? { objectType: customObject } : {}),
    }),
    enabled: Boolean(customObject),
  });
  // Fields hidden from the user's role cannot be filtered by (the API answers 403).
  const filterable = (fields.data?.items ?? []).filter((field) => field.visible);
  const cfKey = Object.keys(params.filters).find((key) => key.startsWith('cf.'));
  const [fieldKey, setFieldKey] = useState<string | null>(cfKey?.slice(3) ?? null);
  const [fieldValue, setFieldValue] = useState(cfKey ? (params.filters[cfKey] ?? '') : '');

  const applyFieldFilter = () => {
    let next = params;
    if (cfKey) next = withFilter(next, cfKey, null);
    if (fieldKey && fieldValue.trim()) next = withFilter(next, `cf.${fieldKey}`, fieldValue.trim());
    onParams(next);
  };

  return (
    <Group gap="xs" wrap="wrap" data-testid="list-toolbar">
      <TextInput
        aria-label={t('common.search')}
        placeholder={t('list.searchPlaceholder')}
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          applySearch(event.currentTarget.value);
        }}
        w={220}
        data-testid="list-search"
      />
      <Select
        aria-label={t('list.sort')}
        w={220}
        allowDeselect={false}
        value={params.sort ?? config.defaultSort}
        data={config.sortOptions.flatMap((option) => [
          { value: option.value, label: `${option.label} · ${t('list.sortAsc')}` },
          { value: `-${option.value}`, label: `${option.label} · ${t('list.sortDesc')}` },
        ])}
        onChange={(sort) => onParams({ ...params, sort: sort ?? undefined })}
      />
      <Select
        aria-label={t('list.owner')}
        placeholder={t('list.anyOwner')}
        w={200}
        clearable
        value={params.ownerId ?? null}
        data={[
          { value: session.user.id, label: t('list.mine') },
          ...members.items
            .filter((member) => member.userId !== session.user.id)
            .map((member) => ({ value: member.userId, label: member.name })),
        ]}
        onChange={(ownerId) => onParams({ ...params, ownerId: ownerId ?? undefined })}
      />
      {config.tagRecordType && (
        <Select
          aria-label={t('list.tag')}
          placeholder={t('list.anyTag')}
          w={160}
          clearable
          value={params.filters.tagId ?? null}
          data={(tags.data?.items ?? []).map((tag) => ({ value: tag.id, label: tag.name }))}
          onChange={(tagId) => onParams(withFilter(params, 'tagId', tagId))}
        />
      )}
      {customObject && filterable.length > 0 && (
        <Popover position="bottom-start" withArrow trapFocus>
          <Popover.Target>
            <Button variant={cfKey ? 'light' : 'default'}>{t('list.customField')}</Button>
          </Popover.Target>
          <Popover.Dropdown>
            <Stack gap="xs" w={240}>
              <Select
                label={t('list.customField')}
                clearable
                value={fieldKey}
                data={filterable.map((field) => ({ value: field.key, label: field.label }))}
                onChange={setFieldKey}
              />
              <TextInput
                label={t('list.value')}
                value={fieldValue}
                onChange={(event) => setFieldValue(event.currentTarget.value)}
              />
              <Group gap="xs">
                <Button size="xs" onClick={applyFieldFilter}>
                  {t('common.apply')}
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => {
                    setFieldKey(null);
                    setFieldValue('');
                    if (cfKey) onParams(withFilter(params, cfKey, null));
                  }}
                >
                  {t('common.reset')}
                </Button>
              </Group>
            </Stack>
          </Popover.Dropdown>
        </Popover>
      )}
      <Popover position="bottom-start" withArrow trapFocus>
        <Popover.Target>
          <Button variant="default">{t('list.columns')}</Button>
        </Popover.Target>
        <Popover.Dropdown>
          <Checkbox.Group
            value={props.visibleColumns}
            onChange={props.onVisibleColumns}
            label={t('list.columns')}
          >
            <Stack gap={6} mt="xs">
              {config.columns.map((column) => (
                <Checkbox key={column.id} value={column.id} label={column.label} />
              ))}
            </Stack>
          </Checkbox.Group>
        </Popover.Dropdown>
      </Popover>
      <SavedViews
        objectType={config.objectType}
        params={params}
        onParams={(next) => {
          setSearch(next.search ?? '');
          onParams(next);
        }}
        columns={props.visibleColumns}
        onColumns={props.onVisibleColumns}
        defaultColumns={config.defaultColumns}
        defaultSort={config.defaultSort}
      />
      {config.exportPath && (
        <Button
          component="a"
          variant="default"
          href={`${config.exportPath}?${toQueryString(params)}`}
          download
        >
          {t('list.exportCsv')}
        </Button>
      )}
    </Group>
  );
}

/**
 * Memoised: the list re-renders whenever a page of rows arrives while scrolling; the toolbar's inputs
 * do not change then, and re-rendering its selects and popovers would add to that frame.
 */
// memo loses the generic parameter; the cast restores it (props are the same type).
export const ListToolbar = memo(Toolbar) as typeof Toolbar;
