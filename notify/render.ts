/** A notification as plain text and as HTML (email), with the diff shown as it is. */
import type { Notification, NotificationDevice } from './types.ts';

function deviceLine(device: NotificationDevice): string {
  const where = device.location ? ` (${device.location})` : '';
  const parts = [`${device.name}${where}`];
  if (device.artifacts?.length) parts.push(device.artifacts.join(', '));
  if (device.code) parts.push(`${device.code}${device.message ? `: ${device.message}` : ''}`);
  if (device.consecutiveFailures) parts.push(`${device.consecutiveFailures} failed runs in a row`);
  if (device.lastSuccessAt !== undefined) parts.push(device.lastSuccessAt ? `last success ${device.lastSuccessAt}` : 'never succeeded');
  return parts.join(' · ');
}

export function deviceLines(message: Notification): string[] {
  const lines = message.devices.map(deviceLine);
  if (message.moreDevices > 0) lines.push(`and ${message.moreDevices} more`);
  return lines;
}

function runLine(message: Notification): string | null {
  const run = message.run;
  if (!run) return null;
  const parts = [`Run ${run.id} ${run.status}`];
  if (run.repository) parts.push(`repository ${run.repository}`);
  if (run.commit) parts.push(`commit ${run.commit.slice(0, 12)}`);
  if (run.pushError) parts.push(`push failed: ${run.pushError}`);
  return parts.join(', ');
}

export function renderText(message: Notification): string {
  const sections = [message.title, message.summary];
  const run = runLine(message);
  if (run) sections.push(run);
  const devices = deviceLines(message);
  if (devices.length) sections.push(devices.map((line) => `- ${line}`).join('\n'));
  if (message.diff) sections.push(`${message.diff.text}${message.diff.truncated ? '\n[diff cut short]' : ''}`);
  if (message.rule) sections.push(`Rule: ${message.rule.name}`);
  return `${sections.join('\n\n')}\n`;
}

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => htmlEscapes[c]);

function diffLineHtml(line: string): string {
  const style = line.startsWith('+') && !line.startsWith('+++') ? 'color:#166534;background:#f0fdf4' : line.startsWith('-') && !line.startsWith('---') ? 'color:#991b1b;background:#fef2f2' : line.startsWith('@@') ? 'color:#075985' : '';
  return style ? `<span style="${style}">${escapeHtml(line)}</span>` : escapeHtml(line);
}

export function renderHtml(message: Notification): string {
  const parts = [`<h2 style="font-family:sans-serif">${escapeHtml(message.title)}</h2>`, `<p style="font-family:sans-serif">${escapeHtml(message.summary)}</p>`];
  const run = runLine(message);
  if (run) parts.push(`<p style="font-family:sans-serif;color:#475569">${escapeHtml(run)}</p>`);
  const devices = deviceLines(message);
  if (devices.length) parts.push(`<ul style="font-family:sans-serif">${devices.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`);
  if (message.diff) {
    const body = message.diff.text.split('\n').map(diffLineHtml).join('\n');
    parts.push(`<pre style="font-family:monospace;font-size:12px;border:1px solid #e2e8f0;padding:8px">${body}</pre>`);
    if (message.diff.truncated) parts.push('<p style="font-family:sans-serif;color:#475569">[diff cut short]</p>');
  }
  if (message.rule) parts.push(`<p style="font-family:sans-serif;color:#475569">Rule: ${escapeHtml(message.rule.name)}</p>`);
  return `<!doctype html><html><body>${parts.join('\n')}</body></html>`;
}

/** Cuts text to at most `max` characters, at a line end when there is one near. */
export function cutText(text: string, max: number): { text: string; cut: boolean } {
  if (text.length <= max) return { text, cut: false };
  const slice = text.slice(0, max);
  const lineEnd = slice.lastIndexOf('\n');
  return { text: lineEnd > max / 2 ? slice.slice(0, lineEnd) : slice, cut: true };
}
