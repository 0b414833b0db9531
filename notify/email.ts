/**
 * Email over SMTP with nodemailer: STARTTLS (required, port 587), implicit TLS (465) or plain
 * (only for a relay on a trusted network), with AUTH when a username is set. One message per
 * notification with a plain-text and an HTML part; its Message-ID is made from the delivery id, so
 * a repeat of the same delivery carries the same id.
 */
import nodemailer from 'nodemailer';
import { renderHtml, renderText } from './render.ts';
import { DEFAULT_SEND_TIMEOUT_MS } from './http.ts';
import { NotifyError, type ChannelTarget, type Notification, type SendOptions } from './types.ts';

type EmailTarget = Extract<ChannelTarget, { kind: 'email' }>;

/** SMTP reply codes 5xx are permanent (bad address, refused login); 4xx and network errors are not. */
function isPermanent(error: unknown): boolean {
  const { responseCode, code } = error as { responseCode?: number; code?: string };
  if (responseCode) return responseCode >= 500;
  return code === 'EAUTH' || code === 'EENVELOPE';
}

export async function sendEmail(target: EmailTarget, message: Notification, options: SendOptions): Promise<void> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_SEND_TIMEOUT_MS;
  const transport = nodemailer.createTransport({
    host: target.host,
    port: target.port,
    secure: target.security === 'tls',
    requireTLS: target.security === 'starttls',
    ignoreTLS: target.security === 'none',
    auth: target.username ? { user: target.username, pass: target.password ?? '' } : undefined,
    tls: target.caCertificate ? { ca: target.caCertificate } : undefined,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  const abort = () => transport.close();
  options.signal?.addEventListener('abort', abort, { once: true });
  try {
    await transport.sendMail({
      from: target.from,
      to: target.to,
      subject: `[Tidemark] ${message.title}`,
      text: renderText(message),
      html: renderHtml(message),
      messageId: `<${options.deliveryId}@tidemark>`,
      headers: { 'X-Tidemark-Delivery': options.deliveryId, 'X-Tidemark-Event': message.event },
    });
  } catch (error) {
    const { response, message: text } = error as { response?: string; message: string };
    throw new NotifyError(`${target.host}:${target.port}: ${response ?? text}`, { retryable: !isPermanent(error) });
  } finally {
    options.signal?.removeEventListener('abort', abort);
    transport.close();
  }
}
