/**
 * Open Graph and Twitter card fields of an article page (the preview image comes from the
 * opengraph-image route next to the page). Framework-free: the shape matches Next's Metadata.
 */

/** Open Graph wants language_TERRITORY. */
const OG_LOCALE: Record<string, string> = { de: 'de_DE', en: 'en_US', zh: 'zh_CN' };

export interface ArticlePreviewInput {
  locale: string;
  locales: readonly string[];
  siteName: string;
  title: string;
  lead: string;
  /** Locale-free path, "/articles/xiaomi-2018". */
  path: string;
  /** ISO date or year-month. */
  published: string;
}

export function articlePreview({ locale, locales, siteName, title, lead, path, published }: ArticlePreviewInput) {
  return {
    openGraph: {
      type: 'article' as const,
      siteName,
      title,
      description: lead,
      url: `/${locale}${path}`,
      locale: OG_LOCALE[locale] ?? locale,
      alternateLocale: locales.filter((l) => l !== locale).map((l) => OG_LOCALE[l] ?? l),
      publishedTime: published,
    },
    twitter: { card: 'summary_large_image' as const, title, description: lead },
  };
}
