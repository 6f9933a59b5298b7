/** Splitting a romanization written in a text ("Zēng Guófān", "Xi'an", "lei2 jun1") into syllables. */
import type { Tone } from './tone';
import { TONE_OF_COMBINING } from './marks';
import { MAX_SYLLABLE_LENGTH, PINYIN_SYLLABLE_SET } from './syllables';

interface Letter {
  /** Base letter; "v" stands for ü, "ê" for e with circumflex. */
  ch: string;
  tone: Tone | 0;
  /** A separator (space, hyphen, apostrophe) precedes this letter. */
  breakBefore: boolean;
}

const SEPARATOR_RE = /[\s\-'’·.]/;

/** Written romanization → letters with attached tone marks; null on anything but pinyin letters. */
function toLetters(text: string): Letter[] | null {
  const out: Letter[] = [];
  let pendingBreak = false;
  for (const ch of text.normalize('NFD').toLowerCase()) {
    if (ch >= 'a' && ch <= 'z') {
      out.push({ ch, tone: 0, breakBefore: pendingBreak || out.length === 0 });
      pendingBreak = false;
      continue;
    }
    const last = out[out.length - 1];
    if (ch === '\u0308' && last && (last.ch === 'u' || last.ch === 'v')) last.ch = 'v';
    else if (ch === '\u0302' && last && last.ch === 'e') last.ch = 'ê';
    else if (TONE_OF_COMBINING[ch] && last) {
      if (last.tone !== 0) return null;
      last.tone = TONE_OF_COMBINING[ch];
    } else if (ch >= '1' && ch <= '5' && last) {
      // Numbered pinyin in the text ("lei2 jun1"): the digit tones the syllable it closes.
      last.tone = Number(ch) as Tone;
      pendingBreak = true;
    } else if (SEPARATOR_RE.test(ch)) pendingBreak = true;
    else return null;
  }
  return out;
}

export interface SplitRomanization {
  /** Toneless syllables, ü as "ü". */
  toneless: string[];
  /** Tone per syllable, 0 where the text gave none. */
  tones: Array<Tone | 0>;
  /** True when the text marked at least one tone. */
  toned: boolean;
}

/**
 * Splits a romanization into exactly `count` pinyin syllables ("Zēng Guófān", 3 → zēng guó fān),
 * honouring separators and apostrophe rules where possible; prefers longer syllables first ("xian" stays one syllable unless the count
 * demands "xi an"). Null when no split exists or a syllable carries two tone marks.
 */
export function splitRomanization(text: string, count: number): SplitRomanization | null {
  const letters = toLetters(text);
  // Every syllable has one to six letters.
  if (!letters || count <= 0 || letters.length < count || letters.length > count * MAX_SYLLABLE_LENGTH) return null;
  // Running text often drops the apostrophe ("Xian" for Xi'an): retry without the rule.
  return splitLetters(letters, count, true) ?? splitLetters(letters, count, false);
}

function splitLetters(letters: Letter[], count: number, strict: boolean): SplitRomanization | null {
  const n = letters.length;
  if (n > count * MAX_SYLLABLE_LENGTH) return null;
  const bases = letters.map((l) => l.ch).join('');
  // failed[pos * (count+1) + k]: no split of letters[pos..] into k syllables; memo keeps it linear.
  const failed = new Uint8Array((n + 1) * (count + 1));
  const cuts: number[] = [];
  const solve = (pos: number, left: number): boolean => {
    if (pos === n) return left === 0;
    if (left === 0 || failed[pos * (count + 1) + left]) return false;
    for (let len = Math.min(MAX_SYLLABLE_LENGTH, n - pos); len >= 1; len--) {
      const end = pos + len;
      if (strict && end < n && !canEndBefore(letters, end)) continue;
      if (!spanAllowed(letters, pos, end)) continue;
      const syllable = bases.slice(pos, end);
      if (!PINYIN_SYLLABLE_SET.has(syllable) || !placeable(letters, syllable, pos, end)) continue;
      cuts.push(end);
      if (solve(end, left - 1)) return true;
      cuts.pop();
    }
    failed[pos * (count + 1) + left] = 1;
    return false;
  };
  if (!solve(0, count)) return null;
  const toneless: string[] = [];
  const tones: Array<Tone | 0> = [];
  let start = 0;
  let toned = false;
  for (const end of cuts) {
    let tone: Tone | 0 = 0;
    for (let i = start; i < end; i++) {
      const t = letters[i]?.tone ?? 0;
      if (t === 0) continue;
      if (tone !== 0) return null;
      tone = t;
    }
    if (tone !== 0) toned = true;
    toneless.push(bases.slice(start, end).replace(/v/g, 'ü'));
    tones.push(tone);
    start = end;
  }
  return { toneless, tones, toned };
}

const INTERJECTIONS = new Set(['m', 'n', 'ng', 'hm', 'hng', 'ê']);

/**
 * Interjections (m, n, ng, hm, hng, ê) only stand as words of their own, and the erhua "r" only
 * closes a word ("yīdiǎnr"); otherwise "Xian" could split as "xia n".
 */
function placeable(letters: Letter[], syllable: string, start: number, end: number): boolean {
  const closesWord = end === letters.length || letters[end]?.breakBefore === true;
  if (syllable === 'r') return closesWord && start > 0 && letters[start]?.breakBefore !== true;
  if (INTERJECTIONS.has(syllable)) return closesWord && letters[start]?.breakBefore === true;
  return true;
}

/** A syllable may not run across a separator. */
function spanAllowed(letters: Letter[], start: number, end: number): boolean {
  for (let i = start + 1; i < end; i++) if (letters[i]?.breakBefore) return false;
  return true;
}

/** Pinyin orthography: a syllable starting with a, o or e after another needs an apostrophe. */
function canEndBefore(letters: Letter[], next: number): boolean {
  const c = letters[next];
  return !c || c.breakBefore || (c.ch !== 'a' && c.ch !== 'o' && c.ch !== 'e');
}
