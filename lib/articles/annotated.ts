import type { TermSummary } from '../annotate';
import { annotateLines, type AnnotatedLine } from '../annotated-lines';
import type { ArticleBlock } from './parse';
import type { Article } from './index';

type AnnotatedBlock =
  | { type: 'paragraph'; segments: AnnotatedLine }
  | { type: 'heading'; segments: AnnotatedLine }
  | { type: 'figure'; segments: AnnotatedLine };

export interface AnnotatedArticle {
  title: AnnotatedLine;
  lead: AnnotatedLine;
  blocks: AnnotatedBlock[];
  moreHeadlines: string[];
  /** Every term of the article body, in order of first appearance, with occurrence counts. */
  terms: TermSummary[];
  /** term id → number of its first mention */
  firstMention: Map<string, number>;
}

const annotatedBySlug = new Map<string, { source: string; annotated: Promise<AnnotatedArticle> }>();

/**
 * The article's title, lead and blocks annotated together. The unrelated teaser headlines are
 * left out: they are not the article, and their terms must not count in its glossary.
 * Memoized per slug (while the text is the same): the build renders the page, its preview
 * metadata and its preview image in every locale from the same annotation.
 */
export function annotateArticle(article: Article): Promise<AnnotatedArticle> {
  const slug = article.meta.slug;
  const cached = annotatedBySlug.get(slug);
  if (cached?.source === article.source) return cached.annotated;
  const annotated = annotateArticleText(article);
  annotatedBySlug.set(slug, { source: article.source, annotated });
  // A failure (e.g. the dictionary could not load) is tried again next time, not remembered.
  annotated.catch(() => annotatedBySlug.get(slug)?.annotated === annotated && annotatedBySlug.delete(slug));
  return annotated;
}

async function annotateArticleText(article: Article): Promise<AnnotatedArticle> {
  const { lines, terms, firstMention } = await annotateLines([
    article.title,
    article.lead,
    ...article.blocks.map(blockText),
  ]);
  const [title = [], lead = [], ...blockLines] = lines;
  return {
    title,
    lead,
    blocks: article.blocks.map((block, index) => ({ type: block.type, segments: blockLines[index] ?? [] })),
    moreHeadlines: article.moreHeadlines,
    terms,
    firstMention,
  };
}

function blockText(block: ArticleBlock): string {
  return block.type === 'figure' ? block.caption : block.text;
}
