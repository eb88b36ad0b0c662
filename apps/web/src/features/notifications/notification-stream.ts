/** The server's push of "your notifications changed" (docs/decisions/live-updates.md). */
export const NOTIFICATION_STREAM_URL = '/api/v1/notifications/stream';

/** Pauses before reconnecting: 1 s doubling to 30 s, each with up to a quarter more at random. */
const FIRST_RETRY_MS = 1_000;
const LAST_RETRY_MS = 30_000;
/** The server sends a heartbeat every 25 s; silence for this long means a dead connection. */
const SILENCE_MS = 70_000;

export interface NotificationStreamHandlers {
  /** The user's notifications changed (or may have, after a gap): look again. */
  onNews(): void;
  /** Whether pushes arrive now; when not, the caller polls. */
  onLive(live: boolean): void;
  /** The server ended the stream because the session no longer holds. */
  onSignedOut(): void;
}

/** The event's JSON data (EventSource types it as any). */
function dataOf(event: Event): unknown {
  const data: unknown = event instanceof MessageEvent ? event.data : undefined;
  return typeof data === 'string' ? (JSON.parse(data) as unknown) : undefined;
}

function pushOf(event: Event): boolean {
  const data = dataOf(event);
  return typeof data === 'object' && data !== null && 'push' in data && data.push === true;
}

/**
 * Keeps one EventSource to the stream open while the app is: reconnects with backoff when it drops
 * (the browser's own retry is not used: it gives up on an error status), restarts when it falls
 * silent, stops for good on sign-out. Returns the disconnect.
 */
export function connectNotificationStream(handlers: NotificationStreamHandlers): () => void {
  let source: EventSource | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let silenceTimer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let stopped = false;

  const drop = () => {
    source?.close();
    source = undefined;
    clearTimeout(silenceTimer);
  };
  const retryLater = () => {
    clearTimeout(retryTimer);
    drop();
    handlers.onLive(false);
    if (stopped) return;
    const base = Math.min(FIRST_RETRY_MS * 2 ** failures, LAST_RETRY_MS);
    failures += 1;
    retryTimer = setTimeout(open, base + Math.random() * base * 0.25);
  };
  const heard = () => {
    clearTimeout(silenceTimer);
    silenceTimer = setTimeout(retryLater, SILENCE_MS);
  };

  function open() {
    const stream = new EventSource(NOTIFICATION_STREAM_URL);
    source = stream;
    heard();
    stream.addEventListener('ready', (event) => {
      failures = 0;
      heard();
      handlers.onLive(pushOf(event));
      // Whatever happened while the stream was down was not pushed.
      handlers.onNews();
    });
    stream.addEventListener('mode', (event) => {
      heard();
      handlers.onLive(pushOf(event));
    });
    stream.addEventListener('notifications', () => {
      heard();
      handlers.onNews();
    });
    stream.addEventListener('heartbeat', heard);
    stream.addEventListener('end', (event) => {
      const data = dataOf(event);
      const signedOut =
        typeof data === 'object' && data !== null && 'reason' in data && data.reason === 'signed-out';
      if (signedOut) {
        stopped = true;
        drop();
        handlers.onLive(false);
        handlers.onSignedOut();
      } else retryLater(); // the server is shutting down: another one (or it again) takes over
    });
    stream.onerror = retryLater;
  }

  open();
  return () => {
    stopped = true;
    clearTimeout(retryTimer);
    drop();
  };
}
