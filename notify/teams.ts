/**
 * Microsoft Teams incoming webhooks (Workflows "post to a channel when a webhook request is
 * received", and the older connectors): a message whose one attachment is an Adaptive Card 1.4.
 */
import { cutText, deviceLines } from './render.ts';
import type { Notification } from './types.ts';

/** Teams refuses messages over about 28 KB; the diff gets what is left after the rest. */
const DIFF_MAX = 20_000;

export function teamsPayload(message: Notification) {
  const body: Record<string, unknown>[] = [
    { type: 'TextBlock', text: message.title, weight: 'Bolder', size: 'Medium', wrap: true },
    { type: 'TextBlock', text: message.summary, wrap: true },
  ];
  const facts = [
    message.run ? { title: 'Run', value: `${message.run.id} (${message.run.status})` } : null,
    message.run?.repository ? { title: 'Repository', value: message.run.repository } : null,
    message.run?.pushError ? { title: 'Push', value: message.run.pushError } : null,
    message.rule ? { title: 'Rule', value: message.rule.name } : null,
    { title: 'Event', value: message.event },
  ].filter(Boolean);
  body.push({ type: 'FactSet', facts });
  const devices = deviceLines(message);
  if (devices.length) body.push({ type: 'TextBlock', text: cutText(devices.map((line) => `- ${line}`).join('\n'), 8000).text, wrap: true });
  if (message.diff) {
    const diff = cutText(message.diff.text, DIFF_MAX);
    body.push({ type: 'TextBlock', text: diff.text, fontType: 'Monospace', wrap: true, size: 'Small' });
    if (diff.cut || message.diff.truncated) body.push({ type: 'TextBlock', text: 'diff cut short', isSubtle: true, wrap: true });
  }
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: { $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', type: 'AdaptiveCard', version: '1.4', msteams: { width: 'Full' }, body },
      },
    ],
  };
}
