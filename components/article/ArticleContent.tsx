import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import type { AppLocale } from '@/i18n/routing';
import { getArticle } from '@/lib/articles';
import { annotateArticle } from '@/lib/articles/annotated';
import type { Display } from '@/lib/reader/display-options';
import type { ReaderSettings } from '@/lib/reader/settings';
import { ArticleView } from './ArticleView';

/**
 * The article in `display`; the static article page and its ./display sibling (another reading
 * form or script, or a link's reader settings, rendered per request).
 */
export async function ArticleContent({
  locale,
  slug,
  display,
  linkSettings,
}: {
  locale: AppLocale;
  slug: string;
  display: Display;
  linkSettings?: Partial<ReaderSettings>;
}) {
  const article = getArticle(slug);
  if (!article) notFound();
  setRequestLocale(locale);
  const annotated = await annotateArticle(article);
  return (
    <ArticleView
      article={article}
      annotated={annotated}
      locale={locale}
      display={display}
      linkSettings={linkSettings}
    />
  );
}
