/** A text id: 16 random bytes (128 bits) in base64url, 22 URL-safe characters. */
export const TEXT_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

export function isTextId(value: string): boolean {
  return TEXT_ID_PATTERN.test(value);
}

/** Locale-free path of a text's reader page (for sharing and hreflang). */
export function textPath(id: string): string {
  return `/texts/${id}`;
}

/** Locale-free path of the owner's manage page; the token is the key. */
export function managePath(id: string, token: string): string {
  return `/texts/${id}/manage?token=${encodeURIComponent(token)}`;
}

/**
 * After creating a text in the form, the manage link reaches the reader page in this cookie
 * (httpOnly, this browser only, for a few minutes): the text's URL stays free of the token, so
 * sharing the address bar never shares the right to edit.
 */
export function manageCookieName(id: string): string {
  return `manage_${id}`;
}
export const MANAGE_COOKIE_SECONDS = 600;
