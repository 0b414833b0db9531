'use client';

import { useRef, useState } from 'react';
import { useLive } from '../../_lib/live';
import type { RunEvent } from '../../_lib/types';

const progressSubscription = /* GraphQL */ `
  subscription RunProgress($runId: ID!, $afterSeq: Int!) {
    runProgress(runId: $runId, afterSeq: $afterSeq) {
      seq
      type
      current
      total
      message
      deviceId
      deviceName
      status
      code
      at
    }
  }
`;

export interface RunProgress {
  current: number;
  total: number;
  message: string | null;
  lastSeq: number;
  connected: boolean;
}

/**
 * Follows a run's numbered events. The last seq seen is the cursor: after a dropped connection the
 * subscription starts again after it, so no event is missed and none is counted twice.
 */
export function useRunProgress(runId: string, active: boolean, onEvent: (event: RunEvent) => void): RunProgress {
  const lastSeq = useRef(0);
  const [state, setState] = useState<RunProgress>({ current: 0, total: 0, message: null, lastSeq: 0, connected: false });

  useLive<{ runProgress: RunEvent }>({
    query: progressSubscription,
    enabled: active,
    variables: () => ({ runId, afterSeq: lastSeq.current }),
    onConnected: (connected) => setState((s) => ({ ...s, connected })),
    onData: ({ runProgress: event }) => {
      if (event.seq <= lastSeq.current) return;
      lastSeq.current = event.seq;
      setState((s) => ({
        current: Math.max(s.current, event.current),
        total: event.total || s.total,
        message: event.message || s.message,
        lastSeq: event.seq,
        connected: true,
      }));
      onEvent(event);
    },
  });
  return state;
}
