'use client';

import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { browserStorage } from '@/lib/browser-storage';

const UNAVAILABLE = '\u0000unavailable';

/**
 * The localStorage values of `keys` (null where nothing is stored), kept current: re-read when
 * another tab changes one of them (storage event) or this page fires one of `events` after
 * writing. null on the server and while hydrating (only the browser knows what it stored);
 * 'unavailable' where storage is refused (privacy settings).
 */
export function useStoredStrings(
  keys: readonly string[],
  events: readonly string[],
): (string | null)[] | 'unavailable' | null {
  const keyList = keys.join('\u0000');
  const eventList = events.join('\u0000');
  const subscribe = useCallback(
    (onChange: () => void) => {
      const watched = new Set(keyList.split('\u0000'));
      const onStorage = (event: StorageEvent) => (event.key === null || watched.has(event.key)) && onChange();
      const names = eventList.split('\u0000').filter(Boolean);
      window.addEventListener('storage', onStorage);
      for (const name of names) window.addEventListener(name, onChange);
      return () => {
        window.removeEventListener('storage', onStorage);
        for (const name of names) window.removeEventListener(name, onChange);
      };
    },
    [keyList, eventList],
  );
  // One string for all values, so React sees a change only when one of them changed.
  const snapshot = useCallback(() => {
    try {
      const storage = browserStorage();
      return storage ? JSON.stringify(keyList.split('\u0000').map((key) => storage.getItem(key))) : UNAVAILABLE;
    } catch {
      return UNAVAILABLE;
    }
  }, [keyList]);
  const stored = useSyncExternalStore(subscribe, snapshot, () => null);
  return useMemo(
    () => (stored === null ? null : stored === UNAVAILABLE ? 'unavailable' : (JSON.parse(stored) as (string | null)[])),
    [stored],
  );
}
