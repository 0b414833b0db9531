'use client';

import { useCallback, useEffect, useState } from 'react';

/**
 * A preference kept in this browser's localStorage (columns shown, page size). The first render
 * uses the fallback, as the server does, and the stored value after mounting.
 */
export function useStoredPreference<T>(key: string, fallback: T, accept: (value: unknown) => value is T): [T, (value: T) => void, boolean] {
  const [value, setValue] = useState(fallback);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    try {
      const stored = window.localStorage.getItem(key);
      if (stored !== null) {
        const parsed: unknown = JSON.parse(stored);
        if (accept(parsed)) setValue(parsed);
      }
    } catch {
      // A value another version wrote, or storage that is off: the fallback stands.
    }
    setLoaded(true);
    // `accept` is a type check that never changes; the key alone names the preference.
  }, [key]);
  const store = useCallback(
    (next: T) => {
      setValue(next);
      try {
        window.localStorage.setItem(key, JSON.stringify(next));
      } catch {
        // Storage full or off: the choice lasts for this page only.
      }
    },
    [key],
  );
  return [value, store, loaded];
}
