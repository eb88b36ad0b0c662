import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StepOfKind } from '../definition.js';
import { errorAt, errorsBelow, RoleSelect, UserSelect, type FieldErrors } from './fields.js';

export type EmailRecipient = StepOfKind<'sendEmail'>['to'][number];
export type Assignee = StepOfKind<'createTask'>['assignee'];
export type UserRecipient = StepOfKind<'notify'>['to'][number];
export type RecipientType = EmailRecipient['type'];
export const userRecipientTypes: readonly RecipientType[] = ['owner', 'manager', 'user', 'role'];
export const emailRecipientTypes: readonly RecipientType[] = [...userRecipientTypes, 'email', 'recordEmail'];

export function isUserRecipient(recipient: EmailRecipient): recipient is UserRecipient {
  return recipient.type !== 'email' && recipient.type !== 'recordEmail';
}

function blank(type: RecipientType): EmailRecipient {
  switch (type) {
    case 'user':
      return { type, userId: '' };
    case 'role':
      return { type, role: 'sales_manager' };
    case 'email':
      return { type, address: '' };
    default:
      return { type };
  }
}

/** One recipient: its type, then the user, role or address it needs. */
function RecipientRow({
  value,
  types,
  onChange,
  errors,
}: {
  value: EmailRecipient;
  types: readonly RecipientType[];
  onChange: (value: EmailRecipient) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation();
  const choose = (type: RecipientType) => onChange(blank(type));
  return (
    <Group align="flex-start" grow gap="xs">
      <Select
        aria-label={t('wf.fields.recipients')}
        data={types.map((type) => ({ value: type, label: t(`wf.fields.recipientType.${type}`) }))}
        value={value.type}
        allowDeselect={false}
        onChange={(type) => {
          const found = types.find((option) => option === type);
          if (found) choose(found);
        }}
      />
      {value.type === 'user' && (
        <UserSelect
          label={t('wf.fields.user')}
          value={value.userId}
          error={errorAt(errors, 'userId')}
          onChange={(userId) => onChange({ ...value, userId })}
        />
      )}
      {value.type === 'role' && (
        <RoleSelect
          value={value.role}
          error={errorAt(errors, 'role')}
          onChange={(role) => onChange({ ...value, role })}
        />
      )}
      {value.type === 'email' && (
        <TextInput
          label={t('wf.fields.address')}
          value={value.address}
          error={errorAt(errors, 'address')}
          onChange={(e) => onChange({ ...value, address: e.currentTarget.value })}
        />
      )}
    </Group>
  );
}

/** A list of recipients (notifications: users; e-mails: users and addresses). */
export function RecipientsInput({
  value,
  types,
  onChange,
  errors,
}: {
  value: readonly EmailRecipient[];
  types: readonly RecipientType[];
  onChange: (value: EmailRecipient[]) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation();
  const first = types[0];
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {t('wf.fields.recipients')}
      </Text>
      {value.map((recipient, i) => (
        <Group key={i} align="flex-start" wrap="nowrap" gap={4}>
          <div style={{ flex: 1 }}>
            <RecipientRow
              value={recipient}
              types={types}
              errors={errorsBelow(errors, String(i))}
              onChange={(next) => onChange(value.map((r, j) => (j === i ? next : r)))}
            />
          </div>
          <ActionIcon
            variant="subtle"
            color="red"
            mt={4}
            aria-label={t('wf.fields.remove')}
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      {errors.get('') && (
        <Text size="xs" c="red">
          {errors.get('')}
        </Text>
      )}
      {first && (
        <Button variant="light" size="xs" onClick={() => onChange([...value, blank(first)])}>
          {t('wf.fields.addRecipient')}
        </Button>
      )}
    </Stack>
  );
}

/** Who gets a task or a record: the owner, the owner's manager or a user. */
export function AssigneeInput({
  value,
  onChange,
  errors,
}: {
  value: Assignee;
  onChange: (value: Assignee) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation();
  return (
    <Group grow align="flex-start" gap="xs">
      <Select
        label={t('wf.fields.assignee')}
        data={(['owner', 'manager', 'user'] as const).map((type) => ({
          value: type,
          label: t(`wf.fields.recipientType.${type}`),
        }))}
        value={value.type}
        allowDeselect={false}
        onChange={(type) => {
          if (type === 'owner' || type === 'manager') onChange({ type });
          if (type === 'user') onChange({ type, userId: '' });
        }}
      />
      {value.type === 'user' && (
        <UserSelect
          label={t('wf.fields.user')}
          value={value.userId}
          error={errorAt(errors, 'userId')}
          onChange={(userId) => onChange({ type: 'user', userId })}
        />
      )}
    </Group>
  );
}
