import { Alert, Button, Card, Group, Select, Table, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../app/trpc.js';
import { useFieldErrors } from '../../lib/use-field-errors.js';
import { Loaded } from './admin-query.js';

type ObjectType = 'contact' | 'account' | 'deal';
const fieldTypes = ['text', 'number', 'money', 'date', 'boolean', 'select', 'multiSelect', 'user'] as const;
type FieldType = (typeof fieldTypes)[number];
const isFieldType = (value: string | null): value is FieldType => fieldTypes.some((type) => type === value);

/** Custom fields per object: the list, and a new field (options for select types, comma-separated). */
export function CustomFieldsSection() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [objectType, setObjectType] = useState<ObjectType>('contact');
  const [key, setKey] = useState('');
  const [label, setLabel] = useState('');
  const [type, setType] = useState<FieldType>('text');
  const [options, setOptions] = useState('');
  const fields = useQuery(trpc.customFields.list.queryOptions({ objectType, limit: '200' }));
  const create = useMutation(
    trpc.customFields.create.mutationOptions({
      onSuccess: async () => {
        setKey('');
        setLabel('');
        setOptions('');
        await queryClient.invalidateQueries({ queryKey: trpc.customFields.list.queryKey() });
      },
      onError: errors.set,
    }),
  );
  const selectable = type === 'select' || type === 'multiSelect';
  return (
    <>
      <Card withBorder>
        {errors.general && <Alert color="red">{errors.general}</Alert>}
        <Group align="flex-start">
          <Select
            label={t('admin.objectType')}
            allowDeselect={false}
            value={objectType}
            w={150}
            data={[
              { value: 'contact', label: t('nav.contacts') },
              { value: 'account', label: t('nav.accounts') },
              { value: 'deal', label: t('nav.deals') },
            ]}
            onChange={(value) => setObjectType(value === 'account' || value === 'deal' ? value : 'contact')}
          />
          <TextInput
            label={t('admin.fieldKey')}
            value={key}
            onChange={(event) => setKey(event.currentTarget.value)}
            error={errors.field('key')}
          />
          <TextInput
            label={t('admin.fieldLabel')}
            value={label}
            onChange={(event) => setLabel(event.currentTarget.value)}
            error={errors.field('label')}
          />
          <Select
            label={t('admin.fieldType')}
            allowDeselect={false}
            w={150}
            value={type}
            data={[...fieldTypes]}
            onChange={(value) => {
              if (isFieldType(value)) setType(value);
            }}
          />
          {selectable && (
            <TextInput
              label="Options"
              value={options}
              onChange={(event) => setOptions(event.currentTarget.value)}
              error={errors.field('options')}
            />
          )}
          <Button
            mt={24}
            loading={create.isPending}
            onClick={() => {
              errors.clear();
              create.mutate({
                objectType,
                key,
                label,
                type,
                ...(selectable
                  ? {
                      options: options
                        .split(',')
                        .map((option) => option.trim())
                        .filter(Boolean),
                    }
                  : {}),
              });
            }}
          >
            {t('admin.newField')}
          </Button>
        </Group>
      </Card>
      <Loaded query={fields}>
        {(data) => (
          <Table withTableBorder striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('admin.fieldLabel')}</Table.Th>
                <Table.Th>{t('admin.fieldKey')}</Table.Th>
                <Table.Th>{t('admin.fieldType')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((field) => (
                <Table.Tr key={field.id}>
                  <Table.Td>{field.label}</Table.Td>
                  <Table.Td>{field.key}</Table.Td>
                  <Table.Td>{field.type}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Loaded>
    </>
  );
}
