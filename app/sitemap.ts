import type { MetadataRoute } from 'next';
import { siteUrl } from '@/i18n/metadata';
import { htmlLang, routing } from '@/i18n/routing';
import { listArticles } from '@/lib/articles';
import { glossaryTermIds } from '@/lib/glossary-index';
import { termPath } from '@/lib/glossary-index/paths';
import { sitemapEntries } from '@/lib/seo/sitemap';

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries({
    origin: siteUrl.origin,
    locales: routing.locales,
    hreflang: htmlLang,
    articles: listArticles().map((article) => ({ slug: article.meta.slug, published: article.meta.published })),
    termPaths: [...glossaryTermIds()].map(termPath),
  });
}
