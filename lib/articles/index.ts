import 'server-only';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseArticleText, type ParsedArticle } from './parse';

export type { ArticleBlock, ParsedArticle } from './parse';

// Articles are data: content/articles/{slug}.json (metadata) next to {slug}.{language}.txt (text).
const CONTENT_DIR = path.join(process.cwd(), 'content', 'articles');

const articleMetaSchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  language: z.literal('de'),
  /** ISO date or year-month. */
  published: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/),
  publishedNote: z.string().optional(),
  figureImageAlt: z.string().optional(),
});

type ArticleMeta = z.infer<typeof articleMetaSchema>;
export interface Article extends ParsedArticle {
  meta: ArticleMeta;
  /** The source text exactly as stored. */
  source: string;
}

let cache: Map<string, Article> | undefined;

function loadArticles(): Map<string, Article> {
  if (cache) return cache;
  const articles = new Map<string, Article>();
  for (const file of readdirSync(CONTENT_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const meta = articleMetaSchema.parse(JSON.parse(readFileSync(path.join(CONTENT_DIR, file), 'utf8')));
    const source = readFileSync(path.join(CONTENT_DIR, `${meta.slug}.${meta.language}.txt`), 'utf8');
    articles.set(meta.slug, { meta, source, ...parseArticleText(source) });
  }
  cache = articles;
  return articles;
}

export function listArticles(): Article[] {
  return [...loadArticles().values()].sort((a, b) => b.meta.published.localeCompare(a.meta.published));
}

export function getArticle(slug: string): Article | undefined {
  return loadArticles().get(slug);
}
