/**
 * Language links on a status page without JavaScript. The proxy shows the static 404, 410 and 403
 * pages at the address that failed, but a static page cannot know that address: its language
 * links point to its own route, e.g. /en/text-gone. Followed, such a link still brings the
 * address the reader was at, as Referer (same origin, Referrer-Policy strict-origin-when-cross-origin),
 * and that is where the reader wants to go, in the other language.
 */

import { TEXT_STATUS_PAGES } from '../texts/page-access';

/** The routes the proxy rewrites status pages to; they are never an address of their own. */
const STATUS_PAGE_ROUTES: ReadonlySet<string> = new Set([
  'page-not-found',
  ...Object.values(TEXT_STATUS_PAGES).map((page) => page.segment),
]);

/**
 * For a request to `/{locale}/{status route}` with a Referer from this site (one of `hosts`: the
 * Host header, and the public host where a reverse proxy forwards another): the Referer's path and
 * query with its locale replaced by `locale` (or put in front, if it had none). Otherwise null.
 */
export function statusPageSwitchTarget(
  locale: string,
  rest: readonly string[],
  referer: string | null,
  hosts: readonly string[],
  locales: readonly string[],
): string | null {
  if (rest.length !== 1 || !STATUS_PAGE_ROUTES.has(rest[0]!) || !referer) return null;
  let from: URL;
  try {
    from = new URL(referer);
  } catch {
    return null;
  }
  if (!hosts.includes(from.host)) return null;
  const [, first = '', ...others] = from.pathname.split('/');
  const below = locales.includes(first) ? others : [first, ...others];
  const target = `/${[locale, ...below.filter(Boolean)].join('/')}`;
  const current = `/${locale}/${rest[0]}`;
  // A Referer that is itself a status route (typed by hand) would redirect to itself.
  return target === current ? null : `${target}${from.search}`;
}
