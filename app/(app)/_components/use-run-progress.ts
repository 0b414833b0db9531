'use client';

import { useRef, useState } from 'react';
import { graphql } from '../../_gql';
import type { RunProgressSubscription } from '../../_gql/graphql';
import { useLive } from '../../_lib/live';

const progressSubscription = graphql(`
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
      payload
    }
  }
`);

type RunProgressEvent = RunProgressSubscription['runProgress'];

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
export function useRunProgress(runId: string, active: boolean, onEvent: (event: RunProgressEvent) => void): RunProgress {
  const lastSeq = useRef(0);
  const [state, setState] = useState<RunProgress>({ current: 0, total: 0, message: null, lastSeq: 0, connected: false });

  useLive({
    subscription: progressSubscription,
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
