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
 * sharing the address bar never shares the right to edit. One cookie for the latest text, sent
 * only to the text pages of the form's language: creating many texts never grows the Cookie
 * header of any request.
 */
export const MANAGE_COOKIE = 'text_manage';
export const MANAGE_COOKIE_SECONDS = 600;

export function manageCookiePath(locale: string): string {
  return `/${locale}/texts`;
}

/** "id.token": both are base64url, so the dot separates them unambiguously. */
export function manageCookieValue(id: string, token: string): string {
  return `${id}.${token}`;
}

/** The manage token the cookie holds for text `id`, or null (no cookie, or it is for another text). */
export function manageTokenFromCookie(value: string | undefined, id: string): string | null {
  if (!value) return null;
  const dot = value.indexOf('.');
  return dot > 0 && value.slice(0, dot) === id ? value.slice(dot + 1) : null;
}
