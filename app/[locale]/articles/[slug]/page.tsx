import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { ArticleView } from '@/components/article/ArticleView';
import { localizedAlternates } from '@/i18n/metadata';
import { isAppLocale, routing } from '@/i18n/routing';
import { getArticle, listArticles } from '@/lib/articles';

// Every article in every locale is rendered at build time; an unknown slug is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => listArticles().map((article) => ({ locale, slug: article.meta.slug })));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/articles/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const article = getArticle(slug);
  if (!article || !isAppLocale(locale)) return {};
  return {
    title: article.title,
    description: article.lead,
    alternates: localizedAlternates(locale, `/articles/${slug}`),
  };
}

export default async function ArticlePage({ params }: PageProps<'/[locale]/articles/[slug]'>) {
  const { locale, slug } = await params;
  const article = getArticle(slug);
  if (!article) notFound();
  setRequestLocale(isAppLocale(locale) ? locale : routing.defaultLocale);
  return <ArticleView article={article} />;
}
