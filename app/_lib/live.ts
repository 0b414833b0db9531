'use client';

import { createClient, type Client } from 'graphql-ws';
import { useEffect, useRef } from 'react';
import type { TypedDocumentString } from '../_gql/graphql';

/**
 * Subscriptions over graphql-ws on the same origin; the browser sends the session cookie with the
 * WebSocket upgrade. One socket for the whole page, opened when the first subscription starts.
 */
let client: Client | null = null;

function liveClient(): Client {
  if (!client) {
    const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
    // Callers resubscribe themselves after a drop, with a cursor, so the client never retries.
    client = createClient({ url: `${scheme}://${window.location.host}/api/graphql`, lazy: true, retryAttempts: 0 });
  }
  return client;
}

export interface LiveOptions<TResult, TVariables> {
  subscription: TypedDocumentString<TResult, TVariables>;
  /** Called before every (re)subscription, so a cursor can move forward. */
  variables: () => TVariables;
  onData: (data: TResult) => void;
  /** Called when the subscription is (re)established or dropped. */
  onConnected?: (connected: boolean) => void;
  /** False pauses the subscription. */
  enabled?: boolean;
}

const RETRY_MS = 1000;

/** Subscribes while mounted; after a dropped connection it subscribes again with fresh variables. */
export function useLive<TResult, TVariables extends Record<string, unknown>>({
  subscription,
  variables,
  onData,
  onConnected,
  enabled = true,
}: LiveOptions<TResult, TVariables>): void {
  const latest = useRef({ variables, onData, onConnected });
  latest.current = { variables, onData, onConnected };

  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    let unsubscribe: (() => void) | null = null;
    let retry: ReturnType<typeof setTimeout> | null = null;

    const start = () => {
      if (stopped) return;
      let reported = false;
      unsubscribe = liveClient().subscribe<TResult>(
        { query: subscription.toString(), variables: latest.current.variables() },
        {
          next: (result) => {
            if (!reported) {
              reported = true;
              latest.current.onConnected?.(true);
            }
            if (result.data) latest.current.onData(result.data);
          },
          error: () => {
            latest.current.onConnected?.(false);
            if (!stopped) retry = setTimeout(start, RETRY_MS);
          },
          complete: () => {
            // The server ends a subscription only when the socket goes away or the stream is done.
            if (!stopped) retry = setTimeout(start, RETRY_MS);
          },
        },
      );
    };
    start();
    return () => {
      stopped = true;
      if (retry) clearTimeout(retry);
      unsubscribe?.();
    };
  }, [subscription, enabled]);
}
