import { get, type IncomingMessage } from 'node:http';

/** One server-sent event as the browser's EventSource would dispatch it. */
export interface StreamEvent {
  event: string;
  data: unknown;
}

export interface OpenEventStream {
  status: number;
  /** Every event received so far, in order. */
  readonly events: StreamEvent[];
  /** The first event from index `from` on that matches; waits for it (the test's timeout fails a miss). */
  waitFor(
    match: (event: StreamEvent) => boolean,
    from?: number,
  ): Promise<{ event: StreamEvent; index: number }>;
  /** Resolves when the server has closed the stream. */
  readonly ended: Promise<void>;
  close(): void;
}

function parseEvent(block: string): StreamEvent | undefined {
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith('event: ')) event = line.slice(7);
    else if (line.startsWith('data: ')) data.push(line.slice(6));
  }
  if (data.length === 0) return undefined;
  return { event, data: JSON.parse(data.join('\n')) as unknown };
}

/** Opens a `text/event-stream` over a real socket (app.inject waits for the whole answer). */
export async function openEventStream(
  url: string,
  headers: Record<string, string>,
): Promise<OpenEventStream> {
  const events: StreamEvent[] = [];
  const waiters = new Set<() => void>();
  const wake = () => {
    for (const waiter of waiters) waiter();
  };
  let done = false;
  let buffer = '';
  const request = get(url, { headers, agent: false });
  const response = await new Promise<IncomingMessage>((resolve, reject) => {
    request.once('response', resolve);
    request.once('error', reject);
  });
  response.setEncoding('utf8');
  response.on('data', (chunk: string) => {
    buffer += chunk;
    let cut = buffer.indexOf('\n\n');
    while (cut >= 0) {
      const parsed = parseEvent(buffer.slice(0, cut));
      if (parsed) events.push(parsed);
      buffer = buffer.slice(cut + 2);
      cut = buffer.indexOf('\n\n');
    }
    wake();
  });
  const ended = new Promise<void>((resolve) => {
    response.once('close', () => {
      done = true;
      wake();
      resolve();
    });
  });

  return {
    status: response.statusCode ?? 0,
    events,
    ended,
    waitFor(match, from = 0) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const index = events.findIndex((event, i) => i >= from && match(event));
          const event = events[index];
          if (event) {
            waiters.delete(check);
            resolve({ event, index });
          } else if (done) {
            waiters.delete(check);
            reject(new Error(`the stream ended without the awaited event: ${JSON.stringify(events)}`));
          }
        };
        waiters.add(check);
        check();
      });
    },
    // As a browser's EventSource.close(): the connection goes.
    close: () => request.destroy(),
  };
}
