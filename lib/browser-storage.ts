/** The browser's localStorage; null where access is refused (privacy settings) or there is none (the server). */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
