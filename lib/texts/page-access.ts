import { BODY_LIMIT_BYTES } from '../api/body-limit';
import { isTextId } from './paths';
import { tokenMatches } from './secrets';
import type { TextStore } from './types';

export type TextPageAccess = 'ok' | 'not-found' | 'gone' | 'forbidden';

/** The text pages below a locale: the reader and the owner's manage page (which needs the token). */
export function textPageOf(segments: readonly string[]): { id: string; manage: boolean } | null {
  const [first, id, third, ...rest] = segments;
  if (first !== 'texts' || id === undefined || id === 'new' || rest.length > 0) return null;
  if (third !== undefined && third !== 'manage') return null;
  return { id, manage: third === 'manage' };
}

/**
 * How the proxy answers a text page, decided before any rendering (a notFound() thrown in a
 * dynamic render would lose its HTML): unknown id → 404, deleted → 410, manage page without
 * the right token → 403.
 */
export async function textPageAccess(
  store: TextStore,
  page: { id: string; manage: boolean },
  token: string | null,
): Promise<TextPageAccess> {
  if (!isTextId(page.id)) return 'not-found';
  const state = await store.state(page.id);
  if (state.state === 'missing') return 'not-found';
  if (state.state === 'deleted') return 'gone';
  if (page.manage && !tokenMatches(token, state.tokenHash)) return 'forbidden';
  return 'ok';
}

/** The static page (below the locale) and status the proxy answers for a text page that cannot be shown. */
export const TEXT_STATUS_PAGES: Record<Exclude<TextPageAccess, 'ok'>, { segment: string; status: 403 | 404 | 410 }> = {
  'not-found': { segment: 'page-not-found', status: 404 },
  gone: { segment: 'text-gone', status: 410 },
  forbidden: { segment: 'text-forbidden', status: 403 },
};

/**
 * A submission of the paste form too large for Next to accept. Within the 100 000 characters
 * a text stays far below 1 MB; the form stops longer texts itself when JavaScript runs, so
 * this is a far too long text sent without JavaScript.
 */
export function isOversizedTextForm(
  segments: readonly string[],
  method: string,
  contentLength: string | null,
): boolean {
  return (
    method === 'POST' &&
    segments.length === 2 &&
    segments[0] === 'texts' &&
    segments[1] === 'new' &&
    Number(contentLength) > BODY_LIMIT_BYTES
  );
}
