'use client';

import { useCallback, useEffect, useRef } from 'react';

/**
 * Runs `action` once, `delayMs` after the first call, however many calls come meanwhile: many
 * devices finish within a moment, and one reload covers them all. Nothing runs after unmount.
 */
export function useCoalesced(action: () => void, delayMs: number): () => void {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  return useCallback(() => {
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      action();
    }, delayMs);
  }, [action, delayMs]);
}
