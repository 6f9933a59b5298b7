/**
 * Latin-script words in mixed text. Chinese writes Latin names right next to hanzi ("和Lei Jun",
 * "Xiaomi说"), so a Latin word ends where the Latin letters end, not where any letter (Han
 * included) ends. Full-width letters ("Ｘｉａｏｍｉ") are compared in their NFKC form.
 */

/**
 * Regex class body of the characters that continue a Latin word: Latin letters (also full-width),
 * combining marks, decimal digits, underscore. A Latin alias or romanization must not touch one.
 */
export const LATIN_WORD_CHARS = '\\p{Script=Latin}\\p{M}\\p{Nd}_';

const LATIN_WORD_CHAR_RE = new RegExp(`^[${LATIN_WORD_CHARS}]$`, 'u');

export function isLatinWordChar(ch: string): boolean {
  return LATIN_WORD_CHAR_RE.test(ch);
}

/**
 * Blocks where NFKC changes characters that matter next to Latin text (Latin-1 to CJK symbols,
 * presentation and full-width forms). Han (CJK compatibility ideographs included), Hangul and
 * surrogates are left out: the fold never needs them.
 */
const FOLD_BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [0x00a0, 0x33ff],
  [0xfb00, 0xffff],
];

interface Fold {
  /** Matches exactly the characters the fold replaces. */
  pattern: RegExp;
  to: ReadonlyMap<string, string>;
}

let fold: Fold | null = null;

/**
 * Built once (~15,000 normalisations): only characters whose NFKC form differs and is one code
 * unit too, so that offsets into the fold are offsets into the input, and so that umlauts or
 * 。、, which NFKC keeps, never reach the replacement callback.
 */
function buildFold(): Fold {
  const to = new Map<string, string>();
  let ranges = '';
  let open = -1;
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  const close = (last: number) => {
    if (open >= 0) ranges += open === last ? hex(open) : `${hex(open)}-${hex(last)}`;
    open = -1;
  };
  for (const [from, end] of FOLD_BLOCKS) {
    for (let c = from; c <= end; c++) {
      const ch = String.fromCharCode(c);
      const n = ch.normalize('NFKC');
      if (n !== ch && n.length === 1) {
        to.set(ch, n);
        if (open < 0) open = c;
      } else close(c - 1);
    }
    close(end);
  }
  return { pattern: new RegExp(`[${ranges}]`, 'g'), to };
}

/**
 * `text` with each character replaced by its NFKC form where that is one code unit too
 * ("Ｌｅｉ　Ｊｕｎ" → "Lei Jun"): same length, so a match at [start, end) in the fold is the
 * text's slice [start, end) as written.
 */
export function foldCompatible(text: string): string {
  fold ??= buildFold();
  const { pattern, to } = fold;
  pattern.lastIndex = 0;
  if (!pattern.test(text)) return text;
  pattern.lastIndex = 0;
  return text.replace(pattern, (ch) => to.get(ch) ?? ch);
}
