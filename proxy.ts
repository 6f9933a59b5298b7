import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing, isAppLocale, type AppLocale } from './i18n/routing';
import { listArticles } from './lib/articles';
import { isKnownPage, type SiteContent } from './lib/routing/known-pages';

const handleI18nRouting = createMiddleware(routing);

// A first segment shaped like a language tag ("fr", "pt-BR") that we do not serve is a wrong
// locale, not a page: 404 in the default language rather than a redirect to /de/fr/….
const LANGUAGE_TAG = /^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/i;

let content: SiteContent | undefined;
function siteContent(): SiteContent {
  content ??= { articleSlugs: new Set(listArticles().map((article) => article.meta.slug)) };
  return content;
}

function notFoundPage(request: NextRequest, locale: AppLocale) {
  const url = request.nextUrl.clone();
  url.pathname = `/${locale}/page-not-found`;
  url.search = '';
  return NextResponse.rewrite(url, { status: 404 });
}

function decodeSegments(pathname: string): string[] | undefined {
  try {
    return pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return undefined; // malformed percent-encoding
  }
}

export default function proxy(request: NextRequest) {
  const segments = decodeSegments(request.nextUrl.pathname);
  if (!segments) return notFoundPage(request, routing.defaultLocale);
  const [first, ...rest] = segments;
  if (first !== undefined && isAppLocale(first)) {
    if (!isKnownPage(rest, siteContent())) return notFoundPage(request, first);
  } else if (first !== undefined && LANGUAGE_TAG.test(first)) {
    return notFoundPage(request, routing.defaultLocale);
  }
  return handleI18nRouting(request);
}

export const config = {
  // Everything except API routes, Next internals and files with an extension.
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
