import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { getAnnotator, type Annotated, type Annotator } from '../../lib/annotate';

let annotator: Annotator;
beforeAll(async () => {
  annotator = await getAnnotator();
});

const RUNS = 10_000;
const HAN_RE = /[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{2fa1f}\u{30000}-\u{323af}]/u;
/** What continues a Latin word: an alias never touches one (hanzi may: "Xiaomi说"). */
const LATIN_WORD_RE = /[\p{Script=Latin}\p{M}\p{Nd}_]/u;

/** Pieces that exercise the interesting paths: aliases, romanization patterns, Han of all planes. */
const piece = fc.oneof(
  fc.constantFrom(
    'Xiaomi',
    'Xiaomis',
    'Lei Jun',
    'Lei',
    'Leipzig',
    'Sina',
    'XIAOMI',
    'Xiaomi-CEO',
    'Zeng Guofan',
    'Chóngqìng',
    ' (',
    ')',
    ', ',
    '（',
    '）',
    '，',
    '。',
    ' / ',
    'chinesisch ',
    'Pinyin ',
    '\r\n',
    '\n',
    ' ',
    '-',
    "'",
    '小米',
    '雷军',
    '新浪',
    '重慶',
    '銀行',
    '行长',
    '曾国藩',
    '单田芳',
    '仇英',
    '𠀀',
    '𪚥',
    '豈',
    '〇',
    '儿',
    'Ｘｉａｏｍｉ',
    'Ｌｅｉ　Ｊｕｎ',
    '（雷军）',
    '和',
    '看著',
    '曾先生',
    '曾志伟说',
    '\ud800',
    '\udc00',
    '\ud840',
    '😀',
    '👩‍👩‍👧',
    'e\u0301',
    '\u0301',
    '\u200d',
    '\ufeff',
    '\u0000',
  ),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCodePoint(c)),
  fc.integer({ min: 0x20000, max: 0x323af }).map((c) => String.fromCodePoint(c)),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
);
const mixed = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

function codePointAt(text: string, i: number): string {
  return String.fromCodePoint(text.codePointAt(i) ?? 0);
}

function codePointBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const low = text.charCodeAt(i - 1);
  const high = i >= 2 ? text.charCodeAt(i - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? text.slice(i - 2, i) : text.charAt(i - 1);
}

/** Broken invariants of one result (collected first: one expect per result keeps 1 MB inputs fast). */
function violations(text: string, result: Annotated): string[] {
  const out: string[] = [];
  if (result.segments.map((s) => s.text).join('') !== text) out.push('not lossless');
  let pos = 0;
  for (const s of result.segments) {
    if (s.text.length === 0) out.push(`empty ${s.type} segment at ${pos}`);
    if (s.type === 'plain' && HAN_RE.test(s.text)) out.push(`Han outside a term at ${pos}`);
    if (s.type === 'term') {
      const chars = Array.from(s.text);
      if (!chars.every((c) => HAN_RE.test(c))) out.push(`non-Han in term at ${pos}`);
      if (s.syllables.map((x) => x.hanzi).join('\u0000') !== chars.join('\u0000'))
        out.push(`syllables ≠ chars at ${pos}`);
    }
    if (s.type === 'alias') {
      if (LATIN_WORD_RE.test(codePointBefore(text, pos))) out.push(`alias starts inside a word at ${pos}`);
      const end = pos + s.text.length;
      if (end < text.length && LATIN_WORD_RE.test(codePointAt(text, end)))
        out.push(`alias ends inside a word at ${end}`);
    }
    pos += s.text.length;
  }
  const mentions = result.segments.filter((s) => s.type !== 'plain').length;
  if (result.terms.reduce((n, t) => n + t.count, 0) !== mentions) out.push('term counts ≠ mentions');
  return out;
}

function check(text: string, result: Annotated): void {
  expect(violations(text, result)).toEqual([]);
}

describe('properties', () => {
  it('is lossless and never throws on arbitrary code points (incl. lone surrogates)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => check(text, annotator.annotate(text))),
      { numRuns: RUNS },
    );
  });

  it('is lossless on grapheme strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => check(text, annotator.annotate(text))),
      { numRuns: RUNS },
    );
  });

  it('keeps every invariant on mixed Han / Latin / surrogate text', () => {
    fc.assert(
      fc.property(mixed, (text) => check(text, annotator.annotate(text))),
      { numRuns: RUNS },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(mixed, (text) => {
        expect(annotator.annotate(text)).toEqual(annotator.annotate(text));
      }),
      { numRuns: 1_000 },
    );
  });

  it('handles large inputs: 1 MB of mixed text, CRLF and the empty string', () => {
    // 27 000 repetitions of 40 UTF-16 units: just over 1 MB.
    const big = 'Xiaomi (小米) 𠀀\r\n銀行行长 Lei Jun, 😀 e\u0301 \ud800 '.repeat(27_000);
    const result = annotator.annotate(big);
    check(big, result);
    // Every repetition is read alike, to the last: no mention lost or added on a long text.
    expect(result.terms.map((t) => [t.id, t.count])).toEqual([
      ['小米', 54_000],
      ['𠀀', 27_000],
      ['银行', 27_000],
      ['行长', 27_000],
      ['雷军', 27_000],
    ]);
    check('', annotator.annotate(''));
  });
});
