/**
 * The pages that exist below a locale prefix. The proxy answers everything else with the
 * localized 404 page: Next 16 renders a dynamically thrown notFound() as an empty HTML shell
 * (content only in the RSC payload), so unknown paths must never reach a dynamic render.
 * Add a line here with every new page route.
 */
import { isTextId } from '../texts/paths';

export interface SiteContent {
  articleSlugs: ReadonlySet<string>;
  /** Glossary term ids (simplified hanzi): lib/glossary-index glossaryTermIds(). */
  termIds: ReadonlySet<string>;
}

type PageMatcher = (segments: readonly string[], content: SiteContent) => boolean;

const PAGES: PageMatcher[] = [
  (s) => s.length === 0,
  (s, c) => s.length === 2 && s[0] === 'articles' && c.articleSlugs.has(s[1]!),
  // The article's link preview image (app/[locale]/articles/[slug]/opengraph-image/card/route.tsx).
  (s, c) => s.length === 4 && s[0] === 'articles' && c.articleSlugs.has(s[1]!) && s[2] === 'opengraph-image' && s[3] === 'card',
  (s) => s.length === 1 && s[0] === 'glossary',
  (s, c) => s.length === 2 && s[0] === 'glossary' && c.termIds.has(s[1]!),
  (s) => s.length === 1 && s[0] === 'saved',
  (s) => s.length === 1 && s[0] === 'review',
  (s) => s.length === 2 && s[0] === 'texts' && s[1] === 'new',
  (s) => s.length === 1 && s[0] === 'texts',
  // A pasted text and its manage page; whether the id exists is decided in the proxy (lib/texts/page-access).
  (s) => s[0] === 'texts' && isTextId(s[1] ?? '') && (s.length === 2 || (s.length === 3 && s[2] === 'manage')),
];

/** `segments`: the decoded path below the locale, e.g. ["articles", "xiaomi-2018"]. */
export function isKnownPage(segments: readonly string[], content: SiteContent): boolean {
  return PAGES.some((matches) => matches(segments, content));
}
