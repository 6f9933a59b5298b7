import { getFormatter, getTranslations } from 'next-intl/server';
import type { Article } from '@/lib/articles';
import { ArticleText } from './ArticleText';

/** The article as published: German text in every UI language, chrome in the UI language. */
export async function ArticleView({ article }: { article: Article }) {
  const [t, format] = await Promise.all([getTranslations('Article'), getFormatter()]);
  return (
    <div className="grid gap-10">
      <article lang={article.meta.language} className="mx-auto w-full max-w-[70ch] font-serif text-lg leading-relaxed">
        <header className="mb-6 font-sans">
          <h1 className="text-3xl font-bold leading-tight tracking-tight sm:text-4xl">
            <ArticleText text={article.title} />
          </h1>
          <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">
            <time dateTime={article.meta.published}>{formatPublished(format, article.meta.published)}</time>
          </p>
          <p className="mt-4 text-xl font-medium leading-snug text-stone-700 dark:text-stone-300">
            <ArticleText text={article.lead} />
          </p>
        </header>
        {article.blocks.map((block, index) => {
          switch (block.type) {
            case 'heading':
              return (
                <h2 key={index} className="mt-8 mb-3 font-sans text-2xl font-semibold">
                  <ArticleText text={block.text} />
                </h2>
              );
            case 'figure':
              return (
                <figure key={index} className="my-8 font-sans">
                  <div
                    aria-hidden="true"
                    className="flex aspect-[16/9] items-center justify-center rounded-lg bg-stone-200 text-sm text-stone-600 dark:bg-stone-800 dark:text-stone-400"
                  >
                    {t('photoPlaceholder')}
                  </div>
                  <figcaption className="mt-2 text-sm text-stone-600 dark:text-stone-400">
                    <ArticleText text={block.caption} />
                  </figcaption>
                </figure>
              );
            case 'paragraph':
              return (
                <p key={index} className="mb-5">
                  <ArticleText text={block.text} />
                </p>
              );
          }
        })}
      </article>
      {article.moreHeadlines.length > 0 && (
        <aside aria-labelledby="more-headlines" className="no-print mx-auto w-full max-w-[70ch] border-t border-stone-200 pt-6 dark:border-stone-800">
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
      )}
    </div>
  );
}

type Formatter = Awaited<ReturnType<typeof getFormatter>>;

export function formatPublished(format: Formatter, published: string): string {
  const [year, month, day] = published.split('-').map(Number);
  const date = new Date(Date.UTC(year!, (month ?? 1) - 1, day ?? 1, 12));
  return format.dateTime(date, day ? { dateStyle: 'long' } : { year: 'numeric', month: 'long' });
}
