import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGlossary, parseGlossary } from '@/lib/glossary';
import { getGlossaryEntry, glossaryTermIds, loadGlossaryEntries } from '@/lib/glossary-index';
import { buildGlossaryEntries } from '@/lib/glossary-index/build';
import { collectArticleTerms, serializeArticleTerms } from '@/lib/glossary-index/collect';
import type { ArticleTerm, ArticleTerms } from '@/lib/glossary-index/types';

const exampleText = (parts: { text: string; term?: true }[]) =>
  parts.map((p) => (p.term ? `[${p.text}]` : p.text)).join('');

describe('glossary index from the real glossary and articles', () => {
  it('the checked-in article terms are what annotating the articles gives (npm run generate:glossary-index)', async () => {
    const fresh = serializeArticleTerms(await collectArticleTerms());
    expect(
      readFileSync(new URL('../../lib/glossary-index/article-terms.generated.json', import.meta.url), 'utf8'),
    ).toBe(fresh);
  });

  it('has every curated term and every article term, once each', () => {
    const ids = loadGlossaryEntries().map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const term of loadGlossary().terms) expect(ids).toContain(term.simplified);
    expect(glossaryTermIds().has('王传福')).toBe(true);
    expect(glossaryTermIds().has('雷')).toBe(false);
  });

  it('describes 雷军 fully: forms, reading, kind, meanings and where it appears', () => {
    const entry = getGlossaryEntry('雷军')!;
    expect(entry).toMatchObject({
      simplified: '雷军',
      traditional: '雷軍',
      pinyin: 'léi jūn',
      syllables: [
        { hanzi: '雷', pinyin: 'léi', tone: 2 },
        { hanzi: '军', pinyin: 'jūn', tone: 1 },
      ],
      kind: 'person',
      curated: true,
      aliases: ['Lei Jun'],
    });
    expect(entry.meanings.de).toBe('Lei Jun, Gründer, CEO und Vorsitzender von Xiaomi');
    expect(entry.articles.map((a) => [a.slug, a.count, a.firstMention])).toEqual([['xiaomi-2018', 4, 8]]);
    expect(entry.articles[0]!.title).toBe('Xiaomi will 2018 100 Millionen Smartphones ausliefern');
    expect(entry.articles[0]!.examples.map((e) => [e.mention, exampleText(e.parts)])).toEqual([
      [8, 'Laut Xiaomi-CEO und President [Lei Jun] ([雷军]) ist es ein Rekord für das Unternehmen.'],
      [
        10,
        'Das nächste wörtlich "kleine Ziel" der Firma ist es, im kommenden Jahr 100 Millionen Geräte auszuliefern, wie [Lei] in einem Brief an die Mitarbeiter schreibt.',
      ],
      [12, 'Firmengründer, CEO und President von Xiaomi [Lei Jun].'],
    ]);
  });

  it('takes examples from the prose: not the headline, subheadings or a photo credit', () => {
    const examples = getGlossaryEntry('小米')!.articles[0]!.examples.map((e) => exampleText(e.parts));
    expect(examples.length).toBeGreaterThan(3);
    expect(examples).not.toContain('[Xiaomi] will 2018 100 Millionen Smartphones ausliefern');
    expect(examples).not.toContain('(Quelle: [Xiaomi])');
    expect(examples.filter((text) => !/[.!?"“]$/.test(text))).toEqual([]);
  });

  it('keeps a traditional form only where it differs', () => {
    expect(getGlossaryEntry('小米')!.traditional).toBeUndefined();
    expect(getGlossaryEntry('比亚迪')!.traditional).toBe('比亞迪');
  });

  it('lists a term in every article it appears in, newest article first', () => {
    const xiaomi = getGlossaryEntry('小米')!;
    expect(xiaomi.articles.map((a) => a.slug)).toEqual(['xiaomi-2018']);
    expect(getGlossaryEntry('华为')!.articles).toEqual([]);
  });
});

describe('merging the curated glossary with article terms', () => {
  const curated = parseGlossary([
    {
      simplified: '雷军',
      traditional: '雷軍',
      pinyin: 'lei2 jun1',
      kind: 'person',
      aliases: ['Lei Jun'],
      meanings: { de: 'Lei Jun' },
    },
  ]).terms;
  const use = (slug: string, count: number) => ({ slug, title: `Titel ${slug}`, count, firstMention: 0, examples: [] });
  const term = (id: string, extra: Partial<ArticleTerm> & Pick<ArticleTerm, 'use'>): ArticleTerm => ({
    id,
    syllables: [],
    kind: 'word',
    meanings: {},
    aliases: [],
    ...extra,
  });
  const articles: ArticleTerms[] = [
    {
      slug: 'neu',
      terms: [
        term('雷军', {
          syllables: [
            { hanzi: '雷', pinyin: 'lèi', tone: 4 },
            { hanzi: '军', pinyin: 'jūn', tone: 1 },
          ],
          meanings: { en: 'Lei Jun (dictionary)', de: 'anders' },
          aliases: ['Lei'],
          use: use('neu', 2),
        }),
        term('电池', {
          syllables: [
            { hanzi: '电', pinyin: 'diàn', tone: 4 },
            { hanzi: '池', pinyin: 'chí', tone: 2 },
          ],
          meanings: { en: 'battery' },
          use: use('neu', 1),
        }),
      ],
    },
    {
      slug: 'alt',
      terms: [
        term('电池', {
          syllables: [
            { hanzi: '电', pinyin: 'diān', tone: 1 },
            { hanzi: '池', pinyin: 'chí', tone: 2 },
          ],
          meanings: { zh: '电池', en: 'cell' },
          use: use('alt', 3),
        }),
      ],
    },
  ];
  const entries = buildGlossaryEntries(curated, articles);

  it('keeps the curated reading and meanings, fills missing languages and collects aliases', () => {
    const leiJun = entries.find((e) => e.id === '雷军')!;
    expect(leiJun).toMatchObject({
      pinyin: 'léi jūn',
      kind: 'person',
      curated: true,
      meanings: { de: 'Lei Jun', en: 'Lei Jun (dictionary)' },
      aliases: ['Lei Jun', 'Lei'],
    });
    expect(leiJun.articles.map((a) => a.slug)).toEqual(['neu']);
  });

  it('takes a term only the articles have from the first article that has it', () => {
    const battery = entries.find((e) => e.id === '电池')!;
    expect(battery).toMatchObject({
      pinyin: 'diàn chí',
      kind: 'word',
      curated: false,
      meanings: { en: 'battery', zh: '电池' },
    });
    expect(battery.articles.map((a) => [a.slug, a.count])).toEqual([
      ['neu', 1],
      ['alt', 3],
    ]);
  });

  it('returns the entries in pinyin order', () => {
    expect(entries.map((e) => e.id)).toEqual(['电池', '雷军']);
  });
});
