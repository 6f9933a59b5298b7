import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Article } from '@/lib/articles';
import { ArticleText } from './article/ArticleText';
import { formatPublished } from './article/ArticleView';

export async function ArticleList({ articles }: { articles: Article[] }) {
  const [t, format] = await Promise.all([getTranslations('Home'), getFormatter()]);
  return (
    <ul className="mt-4 grid gap-6">
      {articles.map((article) => (
        <li key={article.meta.slug} className="rounded-lg border border-stone-200 p-5 dark:border-stone-800">
          <article lang={article.meta.language}>
            <h3 className="text-xl font-semibold leading-snug">
              <Link href={`/articles/${article.meta.slug}`} className="hover:underline">
                <ArticleText text={article.title} />
              </Link>
            </h3>
            <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
              <time dateTime={article.meta.published}>
                {t('publishedIn', { date: formatPublished(format, article.meta.published) })}
              </time>
            </p>
            <p className="mt-2 text-stone-700 dark:text-stone-300">
              <ArticleText text={article.lead} />
            </p>
          </article>
        </li>
      ))}
    </ul>
  );
}
