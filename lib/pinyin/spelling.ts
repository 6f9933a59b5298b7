/**
 * Pinyin spelling: numbered → tone-marked conversion, tone extraction and splitting of
 * romanizations found in running text. Pure functions, no dependencies, client-safe (the tone
 * drill runs them in the browser); the engine (lib/annotate) builds on them.
 */
import { tonelessPinyin } from './toneless';
import type { Tone } from './tone';
import { MARKED, TONE_OF_COMBINING } from './marks';
import { PINYIN_SYLLABLE_SET } from './syllables';

export { PINYIN_SYLLABLES, PINYIN_SYLLABLE_SET } from './syllables';
export { splitRomanization, type SplitRomanization } from './split';

export interface PinyinSyllable {
  /** Lowercase, tone-marked, e.g. "lǜ". */
  marked: string;
  /** Lowercase without tone, ü kept, e.g. "lü". */
  toneless: string;
  tone: Tone;
}

/** Position of the tone mark: a/e first, then o of "ou", otherwise the last vowel. */
function markIndex(base: string): number {
  const a = base.indexOf('a');
  if (a >= 0) return a;
  const e = base.indexOf('e');
  if (e >= 0) return e;
  const ec = base.indexOf('ê');
  if (ec >= 0) return ec;
  const ou = base.indexOf('ou');
  if (ou >= 0) return ou;
  for (let i = base.length - 1; i >= 0; i--) {
    const c = base[i];
    if (c === 'i' || c === 'o' || c === 'u' || c === 'ü') return i;
  }
  // Syllabic nasals (m, n, ng, hm, hng) carry the mark on the nasal.
  for (let i = 0; i < base.length; i++) if (base[i] === 'm' || base[i] === 'n') return i;
  return -1;
}

/** "lü" + 4 → "lǜ". Tone 5 (neutral) leaves the syllable unmarked. */
export function markSyllable(toneless: string, tone: Tone): string {
  if (tone === 5) return toneless;
  const i = markIndex(toneless);
  if (i < 0) return toneless;
  const forms = MARKED[toneless.charAt(i)];
  if (!forms) return toneless;
  return toneless.slice(0, i) + forms[tone - 1] + toneless.slice(i + 1);
}

/**
 * Lowercase and spell ü however the source wrote it (u:, v, ü), then as pinyin writes it: plain u
 * after j, q, x, y (ju, quan, xue, yu); ü in lüe, nüe, where "lue"/"nue" are common misspellings.
 */
function normalizeBase(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/u:/g, 'ü')
    .replace(/v/g, 'ü')
    .replace(/^([jqxy])ü/, '$1u')
    .replace(/^([ln])ue$/, '$1üe');
}

const NUMBERED_RE = /^([a-zA-ZüÜêÊ:]+)([0-5])?$/;

/**
 * One numbered syllable ("Lu:e4", "nü3", "lv4", "r5", "ma0", "ma") → parts. Null if it is not
 * letters plus an optional tone digit. Does not check the syllable inventory (see isValidSyllable).
 */
export function parseNumbered(token: string): PinyinSyllable | null {
  const m = NUMBERED_RE.exec(token);
  if (!m) return null;
  const toneless = normalizeBase(m[1] ?? '');
  if (toneless.includes(':')) return null;
  const digit = m[2] === undefined ? 5 : Number(m[2]);
  const tone = (digit === 0 ? 5 : digit) as Tone;
  return { marked: markSyllable(toneless, tone), toneless, tone };
}

/** Is this toneless syllable (ü or v) standard pinyin? "r" counts: it is the erhua suffix. */
export function isValidSyllable(toneless: string): boolean {
  return PINYIN_SYLLABLE_SET.has(toneless.replace(/ü/g, 'v'));
}

/**
 * Parses space-separated numbered pinyin ("lei2 jun1"). Null unless every token is a valid
 * syllable; used where bad data must be rejected rather than guessed (glossary, overrides).
 */
export function parseNumberedReading(text: string): PinyinSyllable[] | null {
  const tokens = text.trim().split(/\s+/);
  const out: PinyinSyllable[] = [];
  for (const t of tokens) {
    const p = parseNumbered(t);
    if (!p || !isValidSyllable(p.toneless)) return null;
    out.push(p);
  }
  return out.length > 0 ? out : null;
}

/** "lei2 jun1" → "léi jūn". Tokens that are not pinyin are kept (lowercased). */
export function numberedToMarked(text: string): string {
  return text
    .trim()
    .split(/\s+/)
    .map((t) => parseNumbered(t)?.marked ?? t.toLowerCase())
    .join(' ');
}

/** Precomposed tone-marked letter → [base letter, tone], built from MARKED. */
const UNMARK = new Map<string, readonly [string, Tone]>();
for (const [base, forms] of Object.entries(MARKED)) {
  forms.forEach((f, i) => {
    if (f.length === 1) UNMARK.set(f, [base, (i + 1) as Tone]);
  });
}
const LETTERS_RE = /^[a-zêü]+$/;

/**
 * One lowercase tone-marked syllable as pinyin-pro prints it ("lǜ", "de", "ń") → parts, or null
 * if it is not one (pinyin-pro echoes characters it cannot read). A table lookup per letter: this
 * runs for every Han character, and NFD normalisation would be far slower.
 */
export function parseMarked(marked: string): PinyinSyllable | null {
  let toneless = '';
  let tone: Tone = 5;
  for (const ch of marked) {
    const u = UNMARK.get(ch);
    // Letters without a precomposed form (m̀, ê̄) carry a combining mark instead.
    const combining = u ? undefined : TONE_OF_COMBINING[ch];
    if (u || combining) {
      if (tone !== 5) return null;
      if (u) toneless += u[0];
      tone = u ? u[1] : (combining ?? 5);
    } else toneless += ch;
  }
  if (!LETTERS_RE.test(toneless)) return null;
  return { marked: markSyllable(toneless, tone), toneless, tone };
}

/** Tone of one marked syllable: "lǜ" → 4, "ma" → 5. */
export function toneOfMarked(marked: string): Tone {
  for (const ch of marked.normalize('NFD')) {
    const t = TONE_OF_COMBINING[ch];
    if (t) return t;
  }
  return 5;
}

/**
 * Key for comparing romanizations regardless of tones, case, ü/v/u and separators:
 * "Chóngqìng" → "chongqing", "Lü Bu" → "lubu". Used on both sides of every comparison.
 */
export function romanKey(text: string): string {
  return tonelessPinyin(text).replace(/[^a-z]/g, '');
}
