import { describe, expect, it } from 'vitest';
import { getArticle } from '@/lib/articles';
import { annotateArticle } from '@/lib/articles/annotated';

describe('annotateArticle', () => {
  it('annotates an article once and gives every caller the same result', async () => {
    const article = getArticle('xiaomi-2018')!;
    const [first, second] = await Promise.all([annotateArticle(article), annotateArticle(article)]);
    expect(second).toBe(first);
    expect(await annotateArticle(article)).toBe(first);
    expect(first.terms.map((term) => term.simplified).slice(0, 3)).toEqual(['小米', '新浪', '雷军']);
  });

  it('annotates again when the text behind a slug changed', async () => {
    const article = getArticle('xiaomi-2018')!;
    const before = await annotateArticle(article);
    const edited = { ...article, source: `${article.source}\n`, title: '深圳' };
    const after = await annotateArticle(edited);
    expect(after).not.toBe(before);
    expect(after.title).toEqual([expect.objectContaining({ type: 'term', simplified: '深圳' })]);
  });
});
