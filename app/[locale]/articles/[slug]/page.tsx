import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ArticleContent } from '@/components/article/ArticleContent';
import { PREVIEW_SIZE, previewTerms } from '@/components/share/ArticlePreviewImage';
import { localizedAlternates } from '@/i18n/metadata';
import { pageLocale } from '@/i18n/page-locale';
import { routing } from '@/i18n/routing';
import { getArticle, listArticles } from '@/lib/articles';
import { annotateArticle } from '@/lib/articles/annotated';
import { DEFAULT_DISPLAY } from '@/lib/reader/display-options';
import { articlePreview } from '@/lib/share/preview';

// Every article in every locale is rendered at build time; an unknown slug is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => listArticles().map((article) => ({ locale, slug: article.meta.slug })));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/articles/[slug]'>): Promise<Metadata> {
  const { locale: segment, slug } = await params;
  const locale = pageLocale(segment);
  const article = getArticle(slug);
  if (!article) return {};
  const [t, tShare, annotated] = await Promise.all([
    getTranslations({ locale, namespace: 'Metadata' }),
    getTranslations({ locale, namespace: 'Share' }),
    annotateArticle(article),
  ]);
  const path = `/articles/${slug}`;
  // The preview image shows these names; its description lists them.
  const terms = previewTerms(annotated.terms).map((term) => `${term.simplified} (${term.pinyin})`);
  const image = { alt: tShare('ogAlt', { title: article.title, terms: terms.join(', ') }), ...PREVIEW_SIZE };
  return {
    title: article.title,
    description: article.lead,
    alternates: localizedAlternates(locale, path),
    ...articlePreview({
      locale,
      locales: routing.locales,
      siteName: t('siteName'),
      title: article.title,
      lead: article.lead,
      path,
      published: article.meta.published,
      image,
    }),
  };
}

export default async function ArticlePage({ params }: PageProps<'/[locale]/articles/[slug]'>) {
  const { locale, slug } = await params;
  // Runs at build time: the page is static, the dictionary never loads per request.
  return <ArticleContent locale={pageLocale(locale)} slug={slug} display={DEFAULT_DISPLAY} />;
}
