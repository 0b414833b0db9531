/**
 * Slack incoming webhooks: `text` (shown in notifications and where blocks cannot be) and Block
 * Kit `blocks`. A section's text holds at most 3,000 characters and a header's 150, so the device
 * list and the diff are cut to fit.
 */
import { cutText, deviceLines } from './render.ts';
import type { Notification } from './types.ts';

const SECTION_MAX = 3000;
const HEADER_MAX = 150;

export function slackPayload(message: Notification) {
  const blocks: Record<string, unknown>[] = [
    { type: 'header', text: { type: 'plain_text', text: cutText(message.title, HEADER_MAX).text } },
    { type: 'section', text: { type: 'mrkdwn', text: cutText(message.summary, SECTION_MAX).text } },
  ];
  const devices = deviceLines(message);
  if (devices.length) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: cutText(devices.map((line) => `• ${line}`).join('\n'), SECTION_MAX).text } });
  if (message.diff) {
    // Room for the fences and the note that it was cut.
    const diff = cutText(message.diff.text, SECTION_MAX - 40);
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `\`\`\`${diff.text}\`\`\`${diff.cut || message.diff.truncated ? '\n_diff cut short_' : ''}` } });
  }
  const context = [message.run ? `run ${message.run.id}` : null, message.rule ? `rule ${message.rule.name}` : null, `event ${message.event}`].filter(Boolean).join(' · ');
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: context }] });
  return { text: `${message.title}: ${message.summary}`, blocks };
}
