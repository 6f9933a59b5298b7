import { ImageResponse } from 'next/og';
import { getTranslations } from 'next-intl/server';
import { ArticlePreviewImage, PREVIEW_SIZE, previewTerms } from '@/components/share/ArticlePreviewImage';
import { isAppLocale, routing } from '@/i18n/routing';
import { getArticle } from '@/lib/articles';
import { annotateArticle } from '@/lib/articles/annotated';
import { loadOgFonts } from '@/lib/share/og-fonts';

async function load(params: { locale: string; slug: string }) {
  const locale = isAppLocale(params.locale) ? params.locale : routing.defaultLocale;
  const article = getArticle(params.slug);
  const terms = article ? previewTerms((await annotateArticle(article)).terms) : [];
  return { locale, article, terms };
}

// One image per article and language; its alt text is in the page's language.
export async function generateImageMetadata({ params }: { params: { locale: string; slug: string } }) {
  const { locale, article, terms } = await load(params);
  const t = await getTranslations({ locale, namespace: 'Share' });
  const alt = article ? t('ogAlt', { title: article.title, terms: terms.map((term) => `${term.simplified} (${term.pinyin})`).join(', ') }) : '';
  return [{ id: 'card', alt, size: PREVIEW_SIZE, contentType: 'image/png' }];
}

export default async function Image({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, article, terms } = await load(await params);
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return new ImageResponse(<ArticlePreviewImage siteName={t('siteName')} title={article?.title ?? t('siteName')} terms={terms} />, {
    ...PREVIEW_SIZE,
    fonts: await loadOgFonts(),
  });
}
