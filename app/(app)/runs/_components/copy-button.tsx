'use client';

import { useState } from 'react';
import { Button } from '../../../_components/button';

/** Writes text to the clipboard; over plain HTTP, where the Clipboard API is missing, through a selected text area. */
async function copyText(text: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  if (!copied) throw new Error('The browser refused to copy');
}

/** A button that copies `text` and says so for two seconds; its tooltip shows the text unless `title` is given. */
export function CopyButton({ text, label, title = text, idleText = 'Copy' }: { text: string; label: string; title?: string; idleText?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await copyText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState('idle'), 2000);
  };
  return (
    <Button variant="ghost" className="px-1.5 py-0.5 text-xs" onClick={copy} aria-label={label} title={title}>
      <span aria-live="polite">{state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : idleText}</span>
    </Button>
  );
}
