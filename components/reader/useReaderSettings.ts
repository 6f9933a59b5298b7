'use client';

import { useMemo, useSyncExternalStore } from 'react';
import { DEFAULT_SETTINGS, readRootSettings, SETTING_NAMES, type ReaderSettings } from '@/lib/reader/settings';

// The theme is a class on <html>, every other setting a data attribute.
const WATCHED = ['class', ...SETTING_NAMES.filter((name) => name !== 'theme').map((name) => `data-${name}`)];

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: WATCHED });
  return () => observer.disconnect();
}

// A string, so React sees a change only when a setting changed.
const snapshot = () => JSON.stringify(readRootSettings(document.documentElement));
const SERVER_SNAPSHOT = JSON.stringify(DEFAULT_SETTINGS);

/**
 * The reader settings, live: <html> is the source of truth (the boot script set it before paint
 * from URL and storage, the toolbar changes it). The defaults on the server and while hydrating.
 */
export function useReaderSettings(): ReaderSettings {
  const json = useSyncExternalStore(subscribe, snapshot, () => SERVER_SNAPSHOT);
  return useMemo(() => JSON.parse(json) as ReaderSettings, [json]);
}
