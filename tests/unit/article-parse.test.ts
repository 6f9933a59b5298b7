import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticleText } from '@/lib/articles/parse';
import { getArticle, listArticles } from '@/lib/articles';

const seed = readFileSync(new URL('../../content/articles/xiaomi-2018.de.txt', import.meta.url), 'utf8');

describe('parseArticleText on the seed article', () => {
  const article = parseArticleText(seed);

  it('finds title and lead', () => {
    expect(article.title).toBe('Xiaomi will 2018 100 Millionen Smartphones ausliefern');
    expect(article.lead).toMatch(/^Xiaomi hat sich ambitionierte Ziele gesetzt\./);
  });

  it('keeps the body structure: paragraphs, caption, sub-heading', () => {
    expect(article.blocks.map((b) => b.type)).toEqual([
      'paragraph',
      'paragraph',
      'figure',
      'heading',
      'paragraph',
      'paragraph',
    ]);
    expect(article.blocks[2]).toEqual({
      type: 'figure',
      caption: 'Firmengründer, CEO und President von Xiaomi Lei Jun. (Quelle: Xiaomi)',
    });
    expect(article.blocks[3]).toEqual({ type: 'heading', text: 'Auslandsgeschäft wächst' });
  });

  it('separates the unrelated teaser headlines', () => {
    expect(article.moreHeadlines[0]).toBe("Happy Valentine's Day");
    expect(article.moreHeadlines.at(-1)).toBe('US-Bundesstaaten planen Baustopp von KI-Rechenzentren');
    expect(article.moreHeadlines).toHaveLength(9);
  });

  it('loses and alters no line of the seed', () => {
    const rendered = [
      article.title,
      article.lead,
      ...article.blocks.map((b) => (b.type === 'figure' ? b.caption : b.text)),
      ...article.moreHeadlines,
    ];
    const seedLines = seed.split(/\r?\n/).filter((line) => line.trim() !== '');
    expect(rendered).toEqual(seedLines);
  });
});

describe('parseArticleText edge cases', () => {
  it('handles CRLF and an empty text', () => {
    expect(parseArticleText('Titel\r\nLead.\r\nAbsatz.')).toEqual({
      title: 'Titel',
      lead: 'Lead.',
      blocks: [{ type: 'paragraph', text: 'Absatz.' }],
      moreHeadlines: [],
    });
    expect(parseArticleText('')).toEqual({ title: '', lead: '', blocks: [], moreHeadlines: [] });
  });

  it('treats a single heading-like last line as a heading, not a teaser list', () => {
    expect(parseArticleText('T\nL.\nAbsatz.\nSchluss').moreHeadlines).toEqual([]);
  });
});

describe('article registry', () => {
  it('lists the seed article with its metadata', () => {
    expect(listArticles().map((a) => a.meta.slug)).toContain('xiaomi-2018');
    expect(getArticle('xiaomi-2018')?.source).toBe(seed);
    expect(getArticle('nope')).toBeUndefined();
  });
});
