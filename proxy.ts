import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { hasLocale } from 'next-intl';
import { routing, type AppLocale } from './i18n/routing';
import { errorResponse } from './lib/api/responses';
import { config as appConfig } from './lib/config';
import { listArticles } from './lib/articles';
import { glossaryTermIds } from './lib/glossary-index';
import { getDictionary } from './lib/dictionary';
import { displayVariant } from './lib/routing/display-variant';
import { dictionaryWordAsked, isKnownPage, type SiteContent } from './lib/routing/known-pages';
import { statusPageSwitchTarget } from './lib/routing/status-page-switch';
import { contentSecurityPolicy } from './lib/security/csp';
import { scriptPolicyForRoute } from './lib/security/csp-manifest';
import { isOversizedTextForm, TEXT_STATUS_PAGES, textPageAccess, textPageOf } from './lib/texts/page-access';
import { publicOrigin } from './lib/texts/public-url';
import { getTextStore } from './lib/texts/store';

const handleI18nRouting = createMiddleware(routing);

// A first segment shaped like a language tag ("fr", "pt-BR") that we do not serve is a wrong
// locale, not a page: 404 in the default language rather than a redirect to /de/fr/….
const LANGUAGE_TAG = /^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/i;

// `next dev` needs eval and inline scripts; the policy is for production builds.
const ENFORCE_CSP = appConfig().production;

let content: SiteContent | undefined;
function siteContent(): SiteContent {
  content ??= { articleSlugs: new Set(listArticles().map((article) => article.meta.slug)), termIds: glossaryTermIds() };
  return content;
}

/**
 * The site's content, with the whole dictionary when the path is a glossary word only it can
 * confirm: the lexicon is loaded once per process (shared with the app, see lib/annotate) and
 * then answers in microseconds, so no other request waits for it.
 */
async function siteContentFor(segments: readonly string[]): Promise<SiteContent> {
  const site = siteContent();
  if (!dictionaryWordAsked(segments, site)) return site;
  const dictionary = await getDictionary();
  return { ...site, dictionaryWords: { has: (word) => dictionary.hasPage(word) } };
}

/** Shows a static status page (404, 410, 403) at the requested URL, with that status. */
function statusPage(request: NextRequest, pathname: string, status: number) {
  const url = request.nextUrl.clone();
  url.pathname = pathname;
  url.search = '';
  return withPolicy(NextResponse.rewrite(url, { status }), pathname);
}

function notFoundPage(request: NextRequest, locale: AppLocale) {
  return statusPage(request, `/${locale}/page-not-found`, 404);
}

/** Sets the CSP header for the page that will render at `route`; returns the nonce request headers if it needs them. */
function withPolicy(response: NextResponse, route: string, policy = ENFORCE_CSP ? scriptPolicyForRoute(route) : null) {
  if (policy) response.headers.set('Content-Security-Policy', contentSecurityPolicy(policy));
  return response;
}

/**
 * A pasted text that cannot be shown: the static 404, 410 (deleted) or 403 (manage page, wrong
 * token) page. A paste form too large for a server action goes back to the form, which explains.
 */
async function textPageResponse(request: NextRequest, locale: AppLocale, segments: readonly string[]) {
  if (isOversizedTextForm(segments, request.method, request.headers.get('content-length'))) {
    const form = request.nextUrl.clone();
    form.search = '';
    form.hash = 'too-large';
    return NextResponse.redirect(form, 303);
  }
  const page = textPageOf(segments);
  if (!page) return null;
  // A server action sent from a page that is no longer valid (a manage page left open while the
  // text was deleted) expects an action answer, not a page: the action checks the text itself
  // and redirects to its page, which then gets the status page here.
  if (request.method === 'POST' && request.headers.has('next-action')) return null;
  const access = await textPageAccess(getTextStore(), page, request.nextUrl.searchParams.get('token'));
  if (access === 'ok') return null;
  const { segment, status } = TEXT_STATUS_PAGES[access];
  return statusPage(request, `/${locale}/${segment}`, status);
}

/**
 * A page rendered per request by an internal route at the address that was asked for (with a
 * nonce): a glossary word only the dictionary has (/{locale}/glossary-word/{word}, confirmed by
 * isKnownPage), a static page written another way (?pinyin=zhuyin: its ./display sibling).
 */
function renderedAt(request: NextRequest, route: string, pathname: string) {
  const url = request.nextUrl.clone();
  url.pathname = route;
  const policy = ENFORCE_CSP ? scriptPolicyForRoute(pathname, { prerendered: false }) : null;
  const headers = new Headers(request.headers);
  if (policy?.kind === 'nonce') headers.set('Content-Security-Policy', contentSecurityPolicy(policy));
  return withPolicy(NextResponse.rewrite(url, { request: { headers } }), pathname, policy);
}

function decodeSegments(pathname: string): string[] | undefined {
  try {
    return pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return undefined; // malformed percent-encoding
  }
}

/** The hosts this site is reached at: the Host header, and the public one (SITE_URL, X-Forwarded-Host). */
function ownHosts(request: NextRequest): string[] {
  const host = request.headers.get('host');
  const publicHost = new URL(
    publicOrigin({ siteUrl: appConfig().siteUrl?.href, headers: request.headers, fallback: request.url }),
  ).host;
  return host ? [host, publicHost] : [publicHost];
}

/** /de/ → /de (308, query kept): one address per page. Slashes collapse, so the result is never "//host". */
function withoutTrailingSlash(request: NextRequest, pathname: string) {
  // A plain URL: NextURL would put the trailing slash back.
  const url = new URL(request.url);
  url.pathname = pathname.replace(/\/+/g, '/').replace(/\/$/, '') || '/';
  const response = NextResponse.redirect(url, 308);
  // API answers get their policy from next.config.ts.
  return url.pathname.startsWith('/api/') ? response : withPolicy(response, url.pathname);
}

export default async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname.length > 1 && pathname.endsWith('/')) return withoutTrailingSlash(request, pathname);
  const segments = decodeSegments(pathname);
  if (pathname.startsWith('/api/')) {
    // Next would answer a malformed percent-encoding in a route parameter with a 500.
    if (segments) return NextResponse.next();
    return errorResponse({
      status: 400,
      code: 'malformed_path',
      message: 'The path contains malformed percent-encoding.',
    });
  }
  if (!segments) return notFoundPage(request, routing.defaultLocale);
  const [first, ...rest] = segments;
  if (first !== undefined && hasLocale(routing.locales, first)) {
    if (!isKnownPage(rest, await siteContentFor(rest))) {
      const switched = statusPageSwitchTarget(
        first,
        rest,
        request.headers.get('referer'),
        ownHosts(request),
        routing.locales,
      );
      if (switched)
        return withPolicy(NextResponse.redirect(new URL(switched, request.url), 303), `/${first}/page-not-found`);
      return notFoundPage(request, first);
    }
    const textResponse = await textPageResponse(request, first, rest);
    if (textResponse) return textResponse;
    const dictionaryWord = dictionaryWordAsked(rest, siteContent());
    if (dictionaryWord)
      return renderedAt(request, `/${first}/glossary-word/${encodeURIComponent(dictionaryWord)}`, pathname);
    const variant = displayVariant(rest, request.nextUrl.searchParams);
    if (variant) return renderedAt(request, `/${first}/${variant.map(encodeURIComponent).join('/')}`, pathname);
  } else if (first !== undefined && LANGUAGE_TAG.test(first)) {
    return notFoundPage(request, routing.defaultLocale);
  }

  // A form post to a prerendered route renders dynamically, so it cannot use the static hashes.
  const rendersAsPrerendered = request.method === 'GET' || request.method === 'HEAD';
  const policy = ENFORCE_CSP ? scriptPolicyForRoute(pathname, { prerendered: rendersAsPrerendered }) : null;
  if (policy?.kind === 'nonce') {
    // Next reads the nonce from the request's CSP header and puts it on its inline scripts.
    const headers = new Headers(request.headers);
    headers.set('Content-Security-Policy', contentSecurityPolicy(policy));
    request = new NextRequest(request, { headers });
  }
  return withPolicy(handleI18nRouting(request), pathname, policy);
}

export const config = {
  // Every path but Next internals and the few root files Next serves itself: dotted paths such as
  // /de/texts/new.x must get the 404 page and the CSP header too.
  matcher: '/((?!_next/|_vercel/|favicon\\.ico$|icon\\.svg$|robots\\.txt$|sitemap\\.xml$).*)',
};
