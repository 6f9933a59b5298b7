/** The browser's localStorage; null where access is refused (privacy settings) or there is none (the server). */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The string stored under `key`; null when there is none or it cannot be read. Never throws. */
export function readStored(storage: Pick<Storage, 'getItem'> | null | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/**
 * Stores `value` under `key` and tells this page's listeners through `changed`, an event on the
 * window (the storage event reaches only other tabs). False when it could not be stored (no
 * storage, access refused, quota full): never throws.
 */
export function writeStored(
  storage: Pick<Storage, 'setItem'> | null | undefined,
  key: string,
  value: string,
  changed: string,
): boolean {
  try {
    if (!storage) return false;
    storage.setItem(key, value);
    if (typeof window !== 'undefined') window.dispatchEvent(new Event(changed));
    return true;
  } catch {
    return false;
  }
}
