import { Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { FormFooter } from '@crm/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../app/trpc.js';
import { useFieldErrors } from '../../lib/use-field-errors.js';
import type { TimelineRecordType } from '../timeline/timeline.js';

type QuickKind = 'call' | 'note' | 'task' | 'meeting';
const labels = {
  call: 'record.logCall',
  note: 'record.addNote',
  task: 'record.createTask',
  meeting: 'record.scheduleMeeting',
} as const;

/** `YYYY-MM-DDTHH:mm` from a datetime-local input, as an ISO instant with the browser's offset. */
function toIso(local: string): string | null {
  if (!local) return null;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Log a call, add a note, create a task or schedule a meeting on the record, in one dialog. */
export function QuickActions({ type, id }: { type: TimelineRecordType; id: string }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<QuickKind | null>(null);
  return (
    <>
      <Group gap="xs" data-testid="quick-actions">
        {(Object.keys(labels) as QuickKind[]).map((option) => (
          <Button key={option} size="xs" variant="light" onClick={() => setKind(option)}>
            {t(labels[option])}
          </Button>
        ))}
      </Group>
      <Modal opened={kind !== null} onClose={() => setKind(null)} title={kind ? t(labels[kind]) : ''}>
        {kind && <ActivityForm kind={kind} type={type} id={id} onDone={() => setKind(null)} />}
      </Modal>
    </>
  );
}

function ActivityForm({
  kind,
  type,
  id,
  onDone,
}: {
  kind: QuickKind;
  type: TimelineRecordType;
  id: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [subject, setSubject] = useState(kind === 'note' ? t('activityType.note') : '');
  const [body, setBody] = useState('');
  const [due, setDue] = useState('');
  const planned = kind === 'task' || kind === 'meeting';
  const create = useMutation(
    trpc.activities.create.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: ['timeline', type, id] });
        await queryClient.invalidateQueries({ queryKey: ['list', 'activity'] });
        onDone();
      },
      onError: errors.set,
    }),
  );
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    errors.clear();
    const link =
      type === 'contact' ? { contactId: id } : type === 'account' ? { accountId: id } : { dealId: id };
    create.mutate({
      type: kind,
      subject,
      body: body || null,
      ...(planned ? { dueAt: toIso(due) } : { occurredAt: new Date().toISOString(), done: true }),
      ...link,
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label={t('fields.subject')}
          required
          data-autofocus
          value={subject}
          onChange={(event) => setSubject(event.currentTarget.value)}
          error={errors.field('subject')}
        />
        <Textarea
          label={t('fields.body')}
          autosize
          minRows={3}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          error={errors.field('body')}
        />
        {planned && (
          <TextInput
            label={t('fields.dueAt')}
            type="datetime-local"
            value={due}
            onChange={(event) => setDue(event.currentTarget.value)}
            error={errors.field('dueAt')}
          />
        )}
        <FormFooter
          errors={errors}
          shown={planned ? ['subject', 'body', 'dueAt'] : ['subject', 'body']}
          submitLabel={t('common.save')}
          cancelLabel={t('common.cancel')}
          pending={create.isPending}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}
