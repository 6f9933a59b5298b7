import { getFormatter, getTranslations } from 'next-intl/server';
import { htmlLang, type AppLocale } from '@/i18n/routing';
import type { Article } from '@/lib/articles';
import type { AnnotatedArticle } from '@/lib/articles/annotated';
import { DEFAULT_DISPLAY, type Display } from '@/lib/reader/display-options';
import type { ReaderSettings } from '@/lib/reader/settings';
import { getReaderLabels } from '../reader/labels';
import { createLineRenderer, ReaderLayout } from '../reader/ReaderLayout';

/** The article as published (German in every UI language) with its Chinese terms annotated. */
export async function ArticleView({
  article,
  annotated,
  locale,
  display = DEFAULT_DISPLAY,
  linkSettings,
}: {
  article: Article;
  annotated: AnnotatedArticle;
  locale: AppLocale;
  display?: Display;
  linkSettings?: Partial<ReaderSettings>;
}) {
  const [t, format, labels] = await Promise.all([getTranslations('Article'), getFormatter(), getReaderLabels(locale)]);
  const text = await createLineRenderer(labels, annotated.terms, display);

  const moreHeadlines = article.moreHeadlines.length > 0 && (
    <aside
      aria-labelledby="more-headlines"
      className="no-print mx-auto mt-10 w-full max-w-[70ch] border-t border-stone-200 pt-6 dark:border-stone-800"
    >
      <h2 id="more-headlines" className="text-lg font-semibold">
        {t('moreHeadlines')}
      </h2>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">{t('moreHeadlinesNote')}</p>
      <ul lang={article.meta.language} className="mt-3 list-disc space-y-1 pl-5">
        {article.moreHeadlines.map((headline) => (
          <li key={headline}>{headline}</li>
        ))}
      </ul>
    </aside>
  );

  return (
    <ReaderLayout
      locale={locale}
      labels={labels}
      documentLang={article.meta.language}
      terms={annotated.terms}
      firstMention={annotated.firstMention}
      after={moreHeadlines}
      sharePath={`/articles/${article.meta.slug}`}
      display={display}
      linkSettings={linkSettings}
    >
      <header className="mb-6 font-sans">
        <h1 className="text-[1.6667em] font-bold leading-tight tracking-tight sm:text-[2em]">
          {text(annotated.title)}
        </h1>
        <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">
          <time dateTime={article.meta.published}>{formatPublished(format, article.meta.published)}</time>
        </p>
        {article.meta.language === 'de' && locale !== 'de' && (
          <p lang={htmlLang[locale]} className="no-print mt-1 text-sm text-stone-600 dark:text-stone-400">
            {t('articleLanguageNote')}
          </p>
        )}
        <p className="mt-4 text-[1.15em] font-medium text-stone-700 dark:text-stone-300">{text(annotated.lead)}</p>
      </header>
      {annotated.blocks.map((block, index) => {
        switch (block.type) {
          case 'heading':
            return (
              <h2 key={index} className="mt-8 mb-3 font-sans text-[1.3333em]/[1.3333] font-semibold">
                {text(block.segments)}
              </h2>
            );
          case 'figure':
            // The seed has the photo's caption, not the photo: shown as a caption, never as an empty box.
            return (
              <figure
                key={index}
                className="my-8 border-l-4 border-stone-300 pl-4 font-sans break-inside-avoid dark:border-stone-700"
              >
                <figcaption className="text-sm text-stone-600 dark:text-stone-400">{text(block.segments)}</figcaption>
              </figure>
            );
          case 'paragraph':
            return (
              <p key={index} className="mb-5">
                {text(block.segments)}
              </p>
            );
        }
      })}
    </ReaderLayout>
  );
}

type Formatter = Awaited<ReturnType<typeof getFormatter>>;

export function formatPublished(format: Formatter, published: string): string {
  const [year, month, day] = published.split('-').map(Number);
  const date = new Date(Date.UTC(year!, (month ?? 1) - 1, day ?? 1, 12));
  return format.dateTime(date, day ? { dateStyle: 'long' } : { year: 'numeric', month: 'long' });
}
