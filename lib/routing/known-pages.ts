/**
 * The pages that exist below a locale prefix. The proxy answers everything else with the
 * localized 404 page: Next 16 renders a dynamically thrown notFound() as an empty HTML shell
 * (content only in the RSC payload), so unknown paths must never reach a dynamic render.
 * Add a line here with every new page route.
 */
export interface SiteContent {
  articleSlugs: ReadonlySet<string>;
}

type PageMatcher = (segments: readonly string[], content: SiteContent) => boolean;

const PAGES: PageMatcher[] = [
  (s) => s.length === 0,
  (s, c) => s.length === 2 && s[0] === 'articles' && c.articleSlugs.has(s[1]!),
];

/** `segments`: the decoded path below the locale, e.g. ["articles", "xiaomi-2018"]. */
export function isKnownPage(segments: readonly string[], content: SiteContent): boolean {
  return PAGES.some((matches) => matches(segments, content));
}
