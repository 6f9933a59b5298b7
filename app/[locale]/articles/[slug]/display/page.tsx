import { displayFromQuery } from '@/lib/reader/display-options';
import { settingsFromQuery } from '@/lib/reader/settings';
import { ArticleContent } from '@/components/article/ArticleContent';
import { pageLocale } from '@/i18n/page-locale';

export { generateMetadata } from '../page';

/**
 * The article with another reading form or script (?pinyin=zhuyin, ?script=traditional) or with a
 * link's reader settings (?tones=pleco&size=l): the proxy rewrites such requests of the static
 * article page here (lib/routing/display-variant), so they work without JavaScript. The address
 * in the browser stays the article's.
 */
export const dynamic = 'force-dynamic';

export default async function ArticleDisplayPage({
  params,
  searchParams,
}: PageProps<'/[locale]/articles/[slug]/display'>) {
  const [{ locale, slug }, query] = await Promise.all([params, searchParams]);
  return (
    <ArticleContent
      locale={pageLocale(locale)}
      slug={slug}
      display={displayFromQuery(query)}
      linkSettings={settingsFromQuery(query)}
    />
  );
}
