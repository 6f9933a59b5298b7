/**
 * Open Graph and Twitter card fields of an article page, with its preview image (the route
 * app/[locale]/articles/[slug]/opengraph-image/card, rendered at build time). Framework-free:
 * the shape matches Next's Metadata.
 */

/** Open Graph wants language_TERRITORY. */
const OG_LOCALE: Record<string, string> = { de: 'de_DE', en: 'en_US', zh: 'zh_CN' };

interface ArticlePreviewInput {
  locale: string;
  locales: readonly string[];
  siteName: string;
  title: string;
  lead: string;
  /** Locale-free path, "/articles/xiaomi-2018". */
  path: string;
  /** ISO date or year-month. */
  published: string;
  /** The preview image's size and description (`alt`, in the page language). */
  image?: { alt: string; width: number; height: number };
}

/** Below the page's path: where its preview image is served. */
const PREVIEW_IMAGE_SUFFIX = '/opengraph-image/card';

export function articlePreview({
  locale,
  locales,
  siteName,
  title,
  lead,
  path,
  published,
  image,
}: ArticlePreviewInput) {
  const images = image && [{ url: `/${locale}${path}${PREVIEW_IMAGE_SUFFIX}`, type: 'image/png', ...image }];
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
      ...(images && { images }),
    },
    twitter: { card: 'summary_large_image' as const, title, description: lead, ...(images && { images }) },
  };
}
