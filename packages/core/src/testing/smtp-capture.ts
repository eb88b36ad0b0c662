import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface CapturedMail {
  to: string[];
  headers: Record<string, string>;
  /** The decoded text body. */
  text: string;
}

export interface SmtpCapture {
  url: string;
  messages: CapturedMail[];
  /** Waits for the next message to `address` that arrived after `since` messages (default: any). */
  waitFor(address: string, since?: number): Promise<CapturedMail>;
  close(): Promise<void>;
}

function decodeBody(body: string, encoding: string | undefined): string {
  if (encoding === 'quoted-printable') {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  return Buffer.from(body, 'latin1').toString('utf8');
}

/** Parses a single-part message (what the mailer sends for text-only mail). */
export function parseMessage(raw: string, to: string[]): CapturedMail {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  const text = decodeBody(raw.slice(split + 4), headers['content-transfer-encoding']?.toLowerCase());
  return { to, headers, text };
}

/** A real SMTP server on 127.0.0.1 (random port) that keeps every message it receives: tests read mail. */
export async function startSmtpCapture(
  options: {
    refuse?: (address: string) => boolean;
    /** Called with each message as it arrives (e.g. to hand it to another process). */
    onMessage?: (mail: CapturedMail) => void;
  } = {},
): Promise<SmtpCapture> {
  const messages: CapturedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      callback(options.refuse?.(address.address) ? new Error('mailbox unavailable') : null);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
      });
      stream.on('end', () => {
        const mail = parseMessage(
          Buffer.concat(chunks).toString('latin1'),
          session.envelope.rcptTo.map((r) => r.address),
        );
        messages.push(mail);
        options.onMessage?.(mail);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve();
    });
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    async waitFor(address, since = 0) {
      for (let waited = 0; waited < 15_000; waited += 20) {
        const found = messages.slice(since).find((m) => m.to.includes(address));
        if (found) return found;
        await new Promise((resolve) => {
          setTimeout(resolve, 20);
        });
      }
      throw new Error(`no mail to ${address}`);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}
