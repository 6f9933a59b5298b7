import { describe, expect, it } from 'vitest';
import { probeLength } from '../../lib/annotate/segment';
import { loadGlossary, parseGlossary } from '../../lib/glossary';
import raw from '../../lib/glossary/terms.json';

describe('shipped glossary (lib/glossary/terms.json)', () => {
  const glossary = loadGlossary();

  it('validates without errors', () => {
    expect(glossary.errors).toEqual([]);
    expect(glossary.terms.length).toBe((raw as unknown[]).length);
  });

  it('converts the seed terms to tone marks once', () => {
    expect(glossary.bySimplified.get('小米')?.pinyin).toBe('xiǎo mǐ');
    expect(glossary.bySimplified.get('雷军')?.pinyin).toBe('léi jūn');
    expect(glossary.bySimplified.get('新浪')?.pinyin).toBe('xīn làng');
    expect(glossary.bySimplified.get('雷军')?.syllables.map((s) => s.tone)).toEqual([2, 1]);
    expect(glossary.byAlias.get('Sina')?.simplified).toBe('新浪');
    expect(glossary.byAlias.get('Lei Jun')?.kind).toBe('person');
  });

  it('has one lowercase, space-separated marked syllable per character for every term', () => {
    for (const t of glossary.terms) {
      expect(t.syllables.length, t.simplified).toBe(Array.from(t.simplified).length);
      expect(t.pinyin, t.simplified).toBe(t.syllables.map((s) => s.marked).join(' '));
      expect(t.pinyin, t.simplified).toBe(t.pinyin.toLowerCase());
      expect(t.pinyin, t.simplified).not.toMatch(/\d/);
    }
  });
});

describe('parseGlossary', () => {
  const valid = {
    simplified: '雷军',
    traditional: '雷軍',
    pinyin: 'Lei2 jun1',
    kind: 'person',
    aliases: ['Lei Jun'],
    meanings: { de: 'Gründer von Xiaomi' },
  };

  it('accepts a valid entry, lowercasing and marking its pinyin', () => {
    const g = parseGlossary([valid]);
    expect(g.errors).toEqual([]);
    expect(g.terms[0]).toMatchObject({
      simplified: '雷军',
      traditional: '雷軍',
      pinyin: 'léi jūn',
      aliases: ['Lei Jun'],
    });
    expect(probeLength(g.bounds.at('雷军说', 0))).toBe(2);
    expect(g.bounds.at('雷军说', 1)).toBe(0);
  });

  it('reports invalid entries by index and keeps the valid ones', () => {
    const g = parseGlossary([
      valid,
      { ...valid, simplified: '小米', aliases: ['Xiaomi'], pinyin: 'xiao3' },
      { ...valid, simplified: 'Xiaomi', aliases: [] },
      { ...valid, simplified: '新浪', aliases: [], pinyin: 'xin1 lqng4' },
      { ...valid, simplified: '华为', aliases: [], kind: 'brand' },
      { ...valid, aliases: [] },
      { ...valid, simplified: '百度', pinyin: 'bai3 du4', aliases: ['Lei Jun'] },
      { ...valid, simplified: '京东', pinyin: 'jing1 dong1', traditional: '京東東', aliases: [] },
    ]);
    expect(g.terms.map((t) => t.simplified)).toEqual(['雷军', '百度']);
    expect(g.errors).toEqual([
      '[1] pinyin: 1 syllables for 2 characters',
      '[2] simplified: must be Han characters only',
      '[3] pinyin: not numbered pinyin: "xin1 lqng4"',
      expect.stringMatching(/^\[4\] kind: /),
      '[5] simplified: duplicate entry 雷军',
      '[6] aliases: "Lei Jun" already belongs to 雷军',
      '[7] traditional: not as many characters as simplified',
    ]);
  });

  it('never throws on data that is not an array', () => {
    expect(parseGlossary({}).errors).toEqual(['glossary must be a JSON array']);
    expect(parseGlossary(null).terms).toEqual([]);
  });
});
