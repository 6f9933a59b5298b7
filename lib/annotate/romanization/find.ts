/**
 * Finds romanizations written next to Han runs in running text:
 *   Lei Jun (雷军) · 雷军 (Lei Jun) · Chongqing (重庆, Chóngqìng) · (chinesisch 曾国藩, Pinyin Zēng Guófān)
 * Only positions and strings are found here; whether a string really is a reading of the run is
 * decided by matching (./match), which is what keeps "Stadt (重庆)" from becoming an alias.
 * Words are Latin words, which may touch hanzi ("和Lei Jun (雷军)"); callers pass the text through
 * foldCompatible (../latin) so that full-width romanizations are found as well.
 */
import type { HanRun } from '../han';
import { DEFAULTS } from '../defaults';
import { isLatinWordChar, LATIN_WORD_CHARS } from '../latin';

export interface RomanCandidate {
  /** The romanization as written. */
  text: string;
  /** Offset of `text` in the input. */
  start: number;
  /** 'before': Latin words before "(汉字"; 'after': inside the parenthesis after the hanzi. */
  role: 'before' | 'after';
}

export interface RunGroup {
  /** Indices into the run list; several for "曾國藩 / 曾国藩". */
  runs: number[];
  /** Best candidates first. */
  candidates: RomanCandidate[];
}

const SP = '[ \\t\\u00a0]';
const WORD = `\\p{Script=Latin}[${LATIN_WORD_CHARS}'’\\-]*`;
const LABEL = `(?:${DEFAULTS.romanizationLabels.join('|')})`;
/** What may stand between "(" and the hanzi. */
const AFTER_OPEN = new RegExp(`^${SP}*(?:${LABEL}${SP}*:?${SP}*)?$`, 'u');
const WORD_START = /^\p{Script=Latin}$/u;
const WORD_G = new RegExp(WORD, 'gu');
const AFTER_PAREN = new RegExp(
  `^${SP}*[(（]${SP}*(?:${LABEL}${SP}*:?${SP}*)?(${WORD}(?:${SP}+${WORD}){0,5})${SP}*[)）,;，；]`,
  'du',
);
const AFTER_COMMA = new RegExp(
  `^${SP}*[,;，；]${SP}*(?:${LABEL}${SP}*:?${SP}*)?(${WORD}(?:${SP}+${WORD}){0,5})${SP}*[)）,;，；]`,
  'du',
);
const GROUP_SEPARATOR = /^[ \t\u00a0]*[/／][ \t\u00a0]*$/;
const WINDOW = 160;
/** Longest name (four words) before the "(". */
const NAME_REACH = 80;
/** Longest label plus spaces between "(" and the hanzi. */
const PAREN_REACH = 40;

/** Runs written as alternatives ("曾國藩 / 曾国藩") share their romanization. */
function groupRuns(text: string, runs: readonly HanRun[]): number[][] {
  const groups: number[][] = [];
  runs.forEach((run, i) => {
    const last = groups.at(-1);
    const prev = runs[i - 1];
    if (last && prev && GROUP_SEPARATOR.test(text.slice(prev.end, run.start))) last.push(i);
    else groups.push([i]);
  });
  return groups;
}

/** One code point ending at `end` (exclusive): [start, char]. */
function charBefore(text: string, end: number): [number, string] {
  const low = text.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return [end - 2, text.slice(end - 2, end)];
  }
  return [end - 1, text.charAt(end - 1)];
}

/**
 * Start of the (up to maxNameWords) Latin words right before the "(" at `paren`, or -1.
 * A backward scan instead of a regex anchored at the end, which would be quadratic in the window.
 */
function nameStartBefore(text: string, paren: number): number {
  const limit = Math.max(0, paren - NAME_REACH);
  let i = paren;
  while (i > limit && isSpace(text.charCodeAt(i - 1))) i--;
  let start = -1;
  for (let words = 0; words < DEFAULTS.maxNameWords; words++) {
    let j = i;
    while (j > limit) {
      const [at, ch] = charBefore(text, j);
      if (!isLatinWordChar(ch) && ch !== "'" && ch !== '’' && ch !== '-') break;
      j = at;
    }
    // No word, a word that may go on beyond the window, or one not starting with a letter: stop.
    if (j === i || (j === limit && limit > 0)) break;
    if (!WORD_START.test(String.fromCodePoint(text.codePointAt(j) ?? 0))) break;
    start = j;
    let k = j;
    while (k > limit && isSpace(text.charCodeAt(k - 1))) k--;
    if (k === j) break;
    i = k;
  }
  return start;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0;
}

function beforeCandidates(text: string, start: number): { inParen: boolean; list: RomanCandidate[] } {
  // Cheap test first: most runs in running text have no parenthesis just before them. Bounded
  // scan, as lastIndexOf would walk back through the whole text when there is none.
  let paren = -1;
  for (let i = start - 1; i >= Math.max(0, start - PAREN_REACH); i--) {
    const c = text.charCodeAt(i);
    if (c === 0x28 || c === 0xff08) {
      paren = i;
      break;
    }
  }
  if (paren < 0 || !AFTER_OPEN.test(text.slice(paren + 1, start))) return { inParen: false, list: [] };
  const phraseStart = nameStartBefore(text, paren);
  if (phraseStart < 0) return { inParen: true, list: [] };
  const base = phraseStart;
  const phrase = text.slice(phraseStart, paren).trimEnd();
  const list: RomanCandidate[] = [];
  // Longest phrase first: "Lei Jun" must win over "Jun"; matching rejects "President Lei Jun".
  for (const w of phrase.matchAll(WORD_G)) {
    const at = w.index ?? 0;
    const candidate = phrase.slice(at);
    if (/^\p{Lu}/u.test(candidate)) list.push({ text: candidate, start: base + at, role: 'before' });
  }
  return { inParen: true, list };
}

function afterCandidate(text: string, end: number, inParen: boolean): RomanCandidate | null {
  let i = end;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i++;
  const next = text.charAt(i);
  const opens = next === '(' || next === '（';
  const separates = inParen && (next === ',' || next === ';' || next === '，' || next === '；');
  if (!opens && !separates) return null;
  const tail = text.slice(end, end + WINDOW);
  const m = (opens ? AFTER_PAREN : AFTER_COMMA).exec(tail);
  if (!m?.[1]) return null;
  return { text: m[1], start: end + (m.indices?.[1]?.[0] ?? 0), role: 'after' };
}

/** Groups of runs that have at least one romanization candidate next to them. */
export function findRomanizations(text: string, runs: readonly HanRun[]): RunGroup[] {
  const out: RunGroup[] = [];
  for (const group of groupRuns(text, runs)) {
    const first = runs[group[0] ?? -1];
    const last = runs[group.at(-1) ?? -1];
    if (!first || !last) continue;
    const before = beforeCandidates(text, first.start);
    const after = afterCandidate(text, last.end, before.inParen);
    const candidates = after ? [after, ...before.list] : before.list;
    if (candidates.length > 0) out.push({ runs: group, candidates });
  }
  return out;
}
