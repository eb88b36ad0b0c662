import { Badge, Checkbox, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outputs } from '../../app/api-types.js';
import { trpc } from '../../app/trpc.js';

type Permissions = Outputs['roles']['list']['items'][number]['permissions'];
type HiddenFields = NonNullable<Permissions['hiddenFields']>;

// The record types a role may hide fields of, and their own hideable fields, as the API's registry
// (`hideableFields` in core) lists them; custom fields are hidden by `cf.<key>`.
const ownFields = {
  Account: ['name', 'taxId', 'industry', 'region', 'address', 'website', 'phone', 'ownerId'],
  Contact: ['firstName', 'lastName', 'middleName', 'emails', 'phones', 'position', 'ownerId'],
  Deal: ['title', 'amount', 'currency', 'expectedCloseDate', 'ownerId', 'accountId', 'lostReason'],
  Activity: [
    ...['subject', 'body', 'dueAt', 'occurredAt', 'outcome', 'durationMinutes'],
    ...['ownerId', 'accountId', 'contactId', 'dealId'],
  ],
} as const;
type HideableSubject = keyof typeof ownFields;
type OwnField = (typeof ownFields)[HideableSubject][number];
const objectTypeOf = { Account: 'account', Contact: 'contact', Deal: 'deal' } as const;

function isHideableSubject(value: string): value is HideableSubject {
  return value in ownFields;
}

/**
 * Which fields of each record type a role sees: the record's own fields and its custom fields. A
 * sensitive custom field is hidden anyway from a role that does not see sensitive fields.
 */
export function FieldVisibility({
  permissions,
  editable,
  onChange,
}: {
  permissions: Permissions;
  editable: boolean;
  onChange: (hiddenFields: HiddenFields) => void;
}) {
  const { t } = useTranslation();
  const [subject, setSubject] = useState<HideableSubject>('Contact');
  const objectType = subject === 'Activity' ? undefined : objectTypeOf[subject];
  const customFields = useQuery({
    ...trpc.customFields.list.queryOptions({ limit: '200', ...(objectType ? { objectType } : {}) }),
    enabled: objectType !== undefined,
  });
  const hidden = new Set(permissions.hiddenFields?.[subject] ?? []);
  const setVisible = (name: string, visible: boolean) => {
    const next = visible ? [...hidden].filter((field) => field !== name) : [...hidden, name];
    onChange({ ...permissions.hiddenFields, [subject]: next.length > 0 ? next : undefined });
  };
  const row = (name: string, label: string, extra?: { sensitive: boolean }) => {
    const blockedBySensitivity = extra?.sensitive === true && !permissions.seesSensitiveFields;
    return (
      <Table.Tr key={name}>
        <Table.Td>
          {label}{' '}
          {extra?.sensitive && (
            <Badge size="xs" variant="light" color="orange">
              {t('fieldVisibility.sensitive')}
            </Badge>
          )}
          {blockedBySensitivity && (
            <Text size="xs" c="dimmed">
              {t('fieldVisibility.sensitiveHidden')}
            </Text>
          )}
        </Table.Td>
        <Table.Td>
          <Checkbox
            aria-label={t('fieldVisibility.visibleTo', { field: label })}
            checked={!blockedBySensitivity && !hidden.has(name)}
            disabled={!editable || blockedBySensitivity}
            onChange={(event) => setVisible(name, event.currentTarget.checked)}
          />
        </Table.Td>
      </Table.Tr>
    );
  };
  const own: readonly OwnField[] = ownFields[subject];
  const custom = objectType ? (customFields.data?.items ?? []) : [];
  return (
    <Stack gap="xs" data-testid="field-visibility">
      <Title order={4}>{t('fieldVisibility.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('fieldVisibility.help')}
      </Text>
      <SegmentedControl
        w="fit-content"
        value={subject}
        data={Object.keys(ownFields).map((value) => ({
          value,
          label: isHideableSubject(value) ? t(`permissionNames.subject.${value}`) : value,
        }))}
        onChange={(value) => {
          if (isHideableSubject(value)) setSubject(value);
        }}
      />
      <Table withTableBorder maw={560}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('fieldVisibility.field')}</Table.Th>
            <Table.Th>{t('fieldVisibility.visible')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th colSpan={2}>{t('fieldVisibility.ownFields')}</Table.Th>
          </Table.Tr>
          {own.map((field) => row(field, t(`fieldVisibility.own.${field}`)))}
          {objectType && (
            <Table.Tr>
              <Table.Th colSpan={2}>{t('fieldVisibility.customFields')}</Table.Th>
            </Table.Tr>
          )}
          {objectType && custom.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={2}>
                <Text size="sm" c="dimmed">
                  {t('fieldVisibility.noCustomFields')}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {custom.map((definition) =>
            row(`cf.${definition.key}`, definition.label, { sensitive: definition.sensitive }),
          )}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
