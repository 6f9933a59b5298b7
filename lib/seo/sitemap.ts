/** sitemap.xml entries: every page in every UI language, each listing its language versions. */

interface SitemapEntry {
  url: string;
  lastModified?: string;
  alternates: { languages: Record<string, string> };
}

interface SitemapInput {
  /** "https://reader.example" */
  origin: string;
  locales: readonly string[];
  /** UI locale → hreflang tag ("zh" → "zh-Hans"). */
  hreflang: Readonly<Record<string, string>>;
  articles: readonly { slug: string; published: string }[];
  /** Paths of the glossary's term pages below the locale: "/glossary/%E9%9B%B7%E5%86%9B". */
  termPaths: readonly string[];
}

function page(input: SitemapInput, path: string, lastModified?: string): SitemapEntry[] {
  const languages: Record<string, string> = {};
  for (const locale of input.locales) languages[input.hreflang[locale] ?? locale] = `${input.origin}/${locale}${path}`;
  // The unprefixed address redirects to the visitor's language.
  languages['x-default'] = `${input.origin}${path || '/'}`;
  return input.locales.map((locale) => ({
    url: `${input.origin}/${locale}${path}`,
    ...(lastModified ? { lastModified } : {}),
    alternates: { languages },
  }));
}

export function sitemapEntries(input: SitemapInput): SitemapEntry[] {
  return [
    ...page(input, ''),
    ...input.articles.flatMap((article) => page(input, `/articles/${article.slug}`, article.published)),
    ...page(input, '/glossary'),
    ...input.termPaths.flatMap((path) => page(input, path)),
  ];
}
