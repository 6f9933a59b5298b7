import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { getAnnotator, type Annotated } from '../../lib/annotate';
import { loadGlossary } from '../../lib/glossary';

const text = readFileSync(new URL('../../content/articles/xiaomi-2018.de.txt', import.meta.url), 'utf8');
let result: Annotated;
beforeAll(async () => {
  result = (await getAnnotator()).annotate(text);
});

const SEED = new Set(['小米', '雷军', '新浪']);

describe('seed article xiaomi-2018.de.txt', () => {
  it('is reproduced exactly by the segments', () => {
    expect(result.segments.map((s) => s.text).join('')).toBe(text);
  });

  it('has exactly these term and alias segments for the seed terms, in order', () => {
    const seen = result.segments
      .filter((s) => (s.type === 'term' ? SEED.has(s.id) : s.type === 'alias' && SEED.has(s.termId)))
      .map((s) =>
        s.type === 'term' ? `term ${s.text} ${s.pinyin}` : s.type === 'alias' ? `alias ${s.text}→${s.termId}` : '',
      );
    expect(seen).toEqual([
      'alias Xiaomi→小米', // title
      'alias Xiaomi→小米',
      'alias Xiaomi→小米',
      'alias Xiaomi→小米', // Smartphone-Hersteller Xiaomi (小米)
      'term 小米 xiǎo mǐ',
      'alias Xiaomi→小米', // Nun bläst Xiaomi
      'alias Sina→新浪',
      'alias Xiaomi→小米', // Xiaomi-CEO
      'alias Lei Jun→雷军',
      'term 雷军 léi jūn',
      'alias Lei→雷军', // wie Lei in einem Brief
      'alias Xiaomi→小米', // President von Xiaomi Lei Jun.
      'alias Lei Jun→雷军',
      'alias Xiaomi→小米', // (Quelle: Xiaomi)
      'alias Xiaomi→小米', // Xiaomi setzt
      'alias Xiaomi→小米', // ist Xiaomi in Myanmar
      'alias Xiaomi→小米', // Xiaomi-Smartphones
      'alias Xiaomi→小米', // verzeichnete Xiaomi
    ]);
    // Cross-check against the raw text: every "Xiaomi" and "Sina" is linked.
    expect(text.split('Xiaomi').length - 1).toBe(12);
    expect(text.split('Sina').length - 1).toBe(1);
  });

  it('has no other term segments, and other aliases only where the glossary names them', () => {
    const glossary = loadGlossary();
    for (const s of result.segments) {
      if (s.type === 'term') expect(SEED.has(s.id)).toBe(true);
      if (s.type === 'alias' && !SEED.has(s.termId)) {
        expect(glossary.bySimplified.get(s.termId)?.aliases).toContain(s.text);
      }
    }
  });

  it('links "Lei" after the article named Lei Jun, but never inside a longer word ("Leipzig")', async () => {
    const annotated = (await getAnnotator()).annotate(`${text}\nDanach flog Lei nach Leipzig.`);
    const mentionsInLastLine: string[] = [];
    let offset = 0;
    for (const s of annotated.segments) {
      if (offset > text.length && s.type !== 'plain') mentionsInLastLine.push(`${s.text}@${offset - text.length - 1}`);
      offset += s.text.length;
    }
    expect(mentionsInLastLine).toEqual(['Lei@12']);
  });

  it('summarises the seed terms with their counts', () => {
    const seed = result.terms.filter((t) => SEED.has(t.id));
    expect(seed.map((t) => [t.id, t.pinyin, t.kind, t.count, t.aliases])).toEqual([
      ['小米', 'xiǎo mǐ', 'company', 13, ['Xiaomi']],
      ['新浪', 'xīn làng', 'company', 1, ['Sina']],
      ['雷军', 'léi jūn', 'person', 4, ['Lei Jun']],
    ]);
    expect(result.terms[0]?.id).toBe('小米');
  });
});
