import nodemailer from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** How long the mail server may take, in ms: to connect, to greet, and between replies. */
export interface SmtpTimeouts {
  connect: number;
  greeting: number;
  socket: number;
}

/**
 * Bounded waits for the mail server. An invitation is e-mailed inside its unit of work (no invitation
 * without its mail), so a mail server that stalls must not hold the transaction for long: nodemailer's
 * own defaults wait up to two minutes to connect and ten minutes for a reply.
 */
export const smtpTimeouts: SmtpTimeouts = { connect: 10_000, greeting: 10_000, socket: 20_000 };

/**
 * E-mail through the SMTP transport named by SMTP_URL. Without one (local runs) messages are written
 * to the log instead, so that invitation links can still be followed.
 */
export function createMailer(
  smtpUrl: string | undefined,
  from: string,
  log: (line: string) => void,
  timeouts: SmtpTimeouts = smtpTimeouts,
): Mailer {
  if (!smtpUrl) {
    return {
      send: (message) => {
        log(`mail to ${message.to}: ${message.subject}\n${message.text}`);
        return Promise.resolve();
      },
    };
  }
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: timeouts.connect,
    greetingTimeout: timeouts.greeting,
    socketTimeout: timeouts.socket,
  });
  return {
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
  };
}
