/**
 * Annotates every article for the glossary. Loads the dictionary (about 1.5 s and 400 MB on this
 * machine), so it runs only in `npm run generate:glossary-index` and in the unit test that checks
 * the checked-in result is current, never in the server.
 */
import { listArticles } from '../articles';
import { annotateArticle } from '../articles/annotated';
import { articleTermsOf } from './article-terms';
import type { ArticleTerms } from './types';

export async function collectArticleTerms(): Promise<ArticleTerms[]> {
  const result: ArticleTerms[] = [];
  for (const article of listArticles())
    result.push(articleTermsOf(article.meta.slug, article.title, await annotateArticle(article)));
  return result;
}

/** The checked-in file's text: stable, one article per top-level entry. */
export function serializeArticleTerms(articles: readonly ArticleTerms[]): string {
  return `${JSON.stringify(articles, null, 1)}\n`;
}
