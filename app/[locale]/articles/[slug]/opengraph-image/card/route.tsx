import { ImageResponse } from 'next/og';
import { getTranslations } from 'next-intl/server';
import { ArticlePreviewImage, PREVIEW_SIZE, previewTerms } from '@/components/share/ArticlePreviewImage';
import { pageLocale } from '@/i18n/page-locale';
import { routing } from '@/i18n/routing';
import { getArticle, listArticles } from '@/lib/articles';
import { annotateArticle } from '@/lib/articles/annotated';
import { loadOgFonts } from '@/lib/share/og-fonts';

/*
 * The article's link preview image, one per article and language (the page's metadata points to
 * it and describes it). A route handler rather than an opengraph-image file: Next cannot
 * prerender those below dynamic segments, and then the first request loads the dictionary.
 */

// Every article in every locale is rendered at build time; an unknown slug is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => listArticles().map((article) => ({ locale, slug: article.meta.slug })));
}

export async function GET(
  _request: Request,
  { params }: RouteContext<'/[locale]/articles/[slug]/opengraph-image/card'>,
) {
  const { locale: localeParam, slug } = await params;
  const article = getArticle(slug);
  if (!article) return new Response('Not Found', { status: 404 });
  const locale = pageLocale(localeParam);
  const [t, annotated, fonts] = await Promise.all([
    getTranslations({ locale, namespace: 'Metadata' }),
    annotateArticle(article),
    loadOgFonts(),
  ]);
  // Rendered once per build: a shared cache in front (deploy/) may keep it as long as a prerendered page.
  const headers = { 'Cache-Control': 'public, max-age=3600, s-maxage=31536000' };
  return new ImageResponse(
    <ArticlePreviewImage siteName={t('siteName')} title={article.title} terms={previewTerms(annotated.terms)} />,
    { ...PREVIEW_SIZE, fonts, headers },
  );
}
