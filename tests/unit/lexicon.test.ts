/**
 * The compiled lexicon (lib/annotate/lexicon): the file format read back exactly as written, and
 * the traditional → simplified conversion compiled from OpenCC giving what opencc-js gives.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../lib/annotate/lexicon/build';
import { Lexicon, readHeader } from '../../lib/annotate/lexicon';
import { loadLexicon } from '../../lib/annotate/lexicon/load';

const tiny = buildLexicon({
  cedict: [
    ['銀行', '银行', 'yin2 hang2', ['bank', 'see 銀行業|银行业[yin2 hang2 ye4]'], [], []],
    ['行', '行', 'xing2', ['to walk', 'to be all right'], [], []],
    ['行', '行', 'hang2', ['row', 'line'], [], []],
    ['長沙市', '长沙市', 'Chang2 sha1 Shi4', ['Changsha prefecture-level city and capital of Hunan province'], [], []],
    ['認識', '认识', 'ren4 shi5', ['to know', 'to recognize'], [], []],
  ],
  words: { 银行: ['yín háng', 7.7e-9], 行: ['xíng', 2.2e-8], 银行行长: ['yín háng háng zhǎng', 1e-11] },
  standard: {},
  characters: new Map([
    ['银', ['yín']],
    ['行', ['xíng', 'háng']],
    ['长', ['cháng', 'zhǎng']],
    ['识', ['shí', 'zhì']],
  ]),
  t2s: { normalize: ['豈 豈'], convert: ['乾燥 干燥|乾隆 乾隆', '乾 干|銀 银|燥 燥'] },
  hsk: [['认识'], [], ['银行', '认识'], [], [], ['行']],
  sourceKey: 'test',
});
const lexicon = new Lexicon(tiny);

describe('lexicon file', () => {
  it('has a header with the source key it was built from', () => {
    expect(readHeader(tiny)?.sourceKey).toBe('test');
    expect(readHeader(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))).toBeNull();
    expect(() => new Lexicon(new Uint8Array(16))).toThrow(/not a lexicon file/);
  });

  it('finds headwords, not prefixes or unknown strings', () => {
    expect(lexicon.has('银行')).toBe(true);
    expect(lexicon.has('银')).toBe(true);
    expect(lexicon.has('长沙')).toBe(false);
    expect(lexicon.has('长沙市')).toBe(true);
    expect(lexicon.has('火车')).toBe(false);
  });

  it('reads default readings in our tone convention, every reading of a character', () => {
    const marked = (w: string) => lexicon.readings(lexicon.indexOf(w)).map((r) => r.map((s) => s.marked).join(' '));
    expect(marked('银行')).toEqual(['yín háng']);
    expect(marked('行')).toEqual(['xíng', 'háng']);
    expect(marked('认识')).toEqual(['rèn shí']);
  });

  it('gives each headword its lowest HSK level, else one estimated from its characters, else none', () => {
    const level = (w: string) => lexicon.hskLevel(lexicon.indexOf(w));
    expect([level('认识'), level('银行'), level('行')]).toEqual([
      { level: 1, estimated: false },
      { level: 3, estimated: false },
      { level: 6, estimated: false },
    ]);
    // 银 first appears in 银行 (3), 认 and 识 in 认识 (1).
    expect(level('银')).toEqual({ level: 3, estimated: true });
    expect(level('长沙市')).toEqual({ level: 0, estimated: false });
  });

  it('keeps CC-CEDICT entries with formatted glosses, kinds and both scripts', () => {
    const [bank] = lexicon.candidates(lexicon.indexOf('银行'));
    expect(bank).toMatchObject({ traditional: '銀行', simplified: '银行', proper: false, kind: 'word' });
    expect(bank?.gloss).toBe('bank; see 银行业 (yínhángyè)');
    expect(lexicon.candidates(lexicon.indexOf('长沙市'))[0]).toMatchObject({ proper: true, kind: 'place' });
  });

  it('marks phrases only jieba lists, and prices words by frequency', () => {
    expect(lexicon.isPhrase(lexicon.indexOf('银行行长'))).toBe(true);
    expect(lexicon.isPhrase(lexicon.indexOf('银行'))).toBe(false);
    expect(lexicon.cost(lexicon.indexOf('行'))).toBeLessThan(lexicon.cost(lexicon.indexOf('银行')));
  });

  it('converts traditional text by longest match, as OpenCC does', () => {
    expect(lexicon.toSimplified('乾燥')).toBe('干燥');
    expect(lexicon.toSimplified('乾隆')).toBe('乾隆');
    expect(lexicon.toSimplified('銀乾')).toBe('银干');
    expect(lexicon.toSimplified('豈')).toBe('豈');
  });
});

describe('the compiled lexicon', () => {
  it('converts traditional text exactly as opencc-js does', async () => {
    const { lexicon: full } = await loadLexicon();
    const opencc = await import('opencc-js');
    const toTraditional = opencc.Converter({ from: 'cn', to: 't' });
    const toSimplified = opencc.Converter({ from: 't', to: 'cn' });
    const sentences = readFileSync(new URL('../../scripts/bench-data/zh-sentences.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '');
    const samples = [
      ...sentences.map((s) => toTraditional(s)),
      '乾隆皇帝覺得天氣乾燥',
      '頭髮',
      '看著',
      '著名',
      '於是',
      '麵包',
      '豈有此理',
    ];
    for (const text of samples) expect(full.toSimplified(text), text).toBe(toSimplified(text));
  });
});
