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

/**
 * E-mail through the SMTP transport named by SMTP_URL. Without one (local runs) messages are written
 * to the log instead, so that invitation links can still be followed.
 */
export function createMailer(smtpUrl: string | undefined, from: string, log: (line: string) => void): Mailer {
  if (!smtpUrl) {
    return {
      send: (message) => {
        log(`mail to ${message.to}: ${message.subject}\n${message.text}`);
        return Promise.resolve();
      },
    };
  }
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
  };
}
