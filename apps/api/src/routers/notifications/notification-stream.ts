import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '@crm/core';
import { requestContextFactory } from '../../http/request-context.js';
import { REST_PREFIX, sendError } from '../../rest/register-rest-api.js';
import type { ApiServices, RequestContext } from '../../trpc/context.js';
import { runInTenantUnit } from '../../trpc/tenant-unit.js';
import type { NotificationPush, PushSignal } from './notification-push.js';

/** Why the server ends a stream: the client reconnects after `shutdown`, not after `signed-out`. */
type EndReason = 'signed-out' | 'shutdown';

interface StreamOwner {
  tenantId: string;
  userId: string;
}

/** Whose stream this is, checked as every call is (credential, membership, tenant; RLS unit). */
function ownerOf(facts: RequestContext): Promise<StreamOwner> {
  return runInTenantUnit(facts, (tenant) =>
    Promise.resolve({ tenantId: tenant.actor.tenantId, userId: tenant.actor.userId }),
  );
}

function event(name: string, data: object): string {
  return `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
}

export interface NotificationStreams {
  /** Ends every open stream (graceful shutdown must not wait on them). */
  endAll(reason: EndReason): void;
}

/**
 * GET /api/v1/notifications/stream: `text/event-stream` for the signed-in user of the active tenant.
 * It carries no notification content, only "look again" signals: the client refetches through the
 * normal, RLS-checked list, so a push can never carry data across tenants or users.
 *
 * Events: `ready` {push} on open and `mode` {push} when push stops or resumes (the client polls while
 * push is off); `notifications` {} when the user's notifications changed; `heartbeat` {} every
 * heartbeat, when the credential is also checked again (a revoked session, a removed member or a
 * switched tenant ends the stream); `end` {reason} before the server closes it.
 */
export function registerNotificationStream(
  app: FastifyInstance,
  services: ApiServices,
  push: NotificationPush,
): NotificationStreams {
  const contextOf = requestContextFactory(services);
  const heartbeatMs = services.config.PUSH_HEARTBEAT_SECONDS * 1000;
  const open = new Set<(reason: EndReason) => void>();

  async function handler(request: FastifyRequest, reply: FastifyReply) {
    const facts = contextOf(request, reply);
    let owner: StreamOwner;
    try {
      owner = await ownerOf(facts);
    } catch (error) {
      return sendError(reply, error);
    }
    const body = new PassThrough();
    const send = (name: string, data: object) => {
      if (!body.writableEnded) body.write(event(name, data));
    };
    const onSignal = (signal: PushSignal) => {
      if (signal === 'news') send('notifications', {});
      else send('mode', { push: signal === 'live' });
      // Resumed push after a gap: what changed meanwhile was not announced.
      if (signal === 'live') send('notifications', {});
    };
    const unsubscribe = push.subscribe(owner.tenantId, owner.userId, onSignal);
    let checking = false;
    const heartbeat = setInterval(() => {
      send('heartbeat', {});
      if (checking) return;
      checking = true;
      ownerOf(facts)
        .then((now) => {
          if (now.tenantId !== owner.tenantId || now.userId !== owner.userId) end('signed-out');
        })
        .catch((error: unknown) => {
          if (error instanceof AppError && (error.code === 'UNAUTHORIZED' || error.code === 'FORBIDDEN')) {
            end('signed-out');
          } else request.log.error({ err: error }, 'notification stream: credential check failed');
        })
        .finally(() => {
          checking = false;
        });
    }, heartbeatMs);
    const cleanUp = () => {
      clearInterval(heartbeat);
      unsubscribe();
      open.delete(end);
    };
    function end(reason: EndReason) {
      send('end', { reason });
      cleanUp();
      body.end();
    }
    open.add(end);
    reply.raw.once('close', () => {
      cleanUp();
      body.destroy();
    });
    send('ready', { push: push.live });
    return (
      reply
        .header('content-type', 'text/event-stream; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('x-accel-buffering', 'no')
        // Not kept alive after it ends: a connection freed while the server closes would linger idle.
        .header('connection', 'close')
        .send(body)
    );
  }

  app.get(`${REST_PREFIX}/notifications/stream`, handler);
  return {
    endAll(reason) {
      for (const end of [...open]) end(reason);
    },
  };
}
