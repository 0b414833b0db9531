'use client';

import { useState } from 'react';

/**
 * Connections only page forward, so Previous walks back through the cursors already seen. They
 * belong to one set of filters; other filters start again on the first page.
 */
export function useCursorPages(key: string) {
  const [paging, setPaging] = useState<{ key: string; cursors: (string | null)[] }>({ key, cursors: [null] });
  const cursors = paging.key === key ? paging.cursors : [null];
  return {
    page: cursors.length,
    after: cursors[cursors.length - 1],
    next: (endCursor: string | null) => setPaging({ key, cursors: [...cursors, endCursor] }),
    previous: () => setPaging({ key, cursors: cursors.slice(0, -1) }),
  };
}
