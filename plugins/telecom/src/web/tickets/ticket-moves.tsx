import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useFieldErrors, useMutation, useTexts } from '@crm/ui';
import { useState } from 'react';
import { useTelecomApi } from '../api.js';
import { ReasonDialog } from '../shared/reason-dialog.js';
import { useTelecomRefresh } from '../shared/use-refresh.js';
import { texts, type TelecomText } from '../texts.js';
import type { Ticket, TicketStatus } from '../types.js';

/** The button text for moving a ticket from one TMF621 status to another. */
export function ticketMoveLabel(from: TicketStatus, to: TicketStatus): TelecomText {
  return from === 'resolved' && to === 'inProgress' ? 'tmove.reopen' : `tmove.${to}`;
}

/** Rejecting or cancelling needs a reason (the API names `statusChangeReason` otherwise). */
const needsReason = (to: TicketStatus) => to === 'rejected' || to === 'cancelled';

function TicketMoveDialog({
  ticket,
  to,
  onClose,
}: {
  ticket: Ticket;
  to: TicketStatus;
  onClose: () => void;
}) {
  const t = useTexts(texts);
  const api = useTelecomApi();
  const refresh = useTelecomRefresh();
  const errors = useFieldErrors();
  const move = useMutation(
    api.troubleTicket.transition.mutationOptions({
      onSuccess: async (moved) => {
        notifications.show({
          color: 'teal',
          message: t('common.moved', { name: moved.name, status: t(`tstatus.${moved.status}`) }),
        });
        onClose();
        await refresh();
      },
      onError: errors.set,
    }),
  );
  return (
    <ReasonDialog
      title={t('move.title', { action: t(ticketMoveLabel(ticket.status, to)), name: ticket.name })}
      reasonRequired={needsReason(to)}
      reasonField="statusChangeReason"
      errors={errors}
      pending={move.isPending}
      onClose={onClose}
      onSubmit={(reason) => {
        errors.clear();
        move.mutate({ id: ticket.id, status: to, ...(reason ? { statusChangeReason: reason } : {}) });
      }}
    />
  );
}

/** One button per status the ticket may move to now (the API's `allowedTransitions`). */
export function TicketMoves({ ticket }: { ticket: Ticket }) {
  const t = useTexts(texts);
  const [to, setTo] = useState<TicketStatus | null>(null);
  return (
    <Group gap="xs">
      {ticket.allowedTransitions.map((next) => (
        <Button
          key={next}
          size="compact-sm"
          variant={needsReason(next) ? 'default' : 'light'}
          aria-label={`${t(ticketMoveLabel(ticket.status, next))}: ${ticket.name}`}
          onClick={() => setTo(next)}
        >
          {t(ticketMoveLabel(ticket.status, next))}
        </Button>
      ))}
      {to && <TicketMoveDialog ticket={ticket} to={to} onClose={() => setTo(null)} />}
    </Group>
  );
}
