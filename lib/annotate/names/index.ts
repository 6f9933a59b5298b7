/** Chinese personal names: surname readings and a conservative guess whether a run is a name. */
import { parseNumberedReading, type PinyinSyllable } from '../../pinyin/spelling';
import { COMMON_SURNAMES, NOT_IN_GIVEN_NAMES, SURNAME_READINGS } from './surnames';
import { NOT_NAMES, NOT_SURNAME_BEFORE } from './words';

export { COMMON_SURNAMES, SURNAME_READINGS } from './surnames';

const readings = new Map<string, PinyinSyllable[]>();
for (const [k, v] of Object.entries(SURNAME_READINGS)) {
  const r = parseNumberedReading(v);
  if (r) readings.set(k, r);
}
const common = new Set(Array.from(COMMON_SURNAMES));
const notGiven = new Set(Array.from(NOT_IN_GIVEN_NAMES));
const notNames = new Set(NOT_NAMES);

export interface Surname {
  /** Characters the surname takes (1, or 2 for 欧阳, 尉迟 …). */
  length: number;
  /** Its reading if it differs from the everyday one, else null. */
  reading: PinyinSyllable[] | null;
}

/** The surname a name (simplified characters) starts with, compound surnames first. */
/** Is this one character a surname (surnameOf([ch]) !== null), without allocating. */
export function isSurnameChar(ch: string): boolean {
  return readings.has(ch) || common.has(ch);
}

export function surnameOf(chars: readonly string[]): Surname | null {
  const [first, second] = chars;
  if (first === undefined) return null;
  if (second !== undefined) {
    const two = readings.get(first + second);
    if (two && two.length === 2) return { length: 2, reading: two };
  }
  const one = readings.get(first);
  if (one) return { length: 1, reading: one };
  return common.has(first) ? { length: 1, reading: null } : null;
}

/** Replaces the reading of the surname part of a person's name by its surname reading. */
export function withSurnameReading(chars: readonly string[], syllables: readonly PinyinSyllable[]): PinyinSyllable[] {
  const s = surnameOf(chars);
  const out = syllables.slice();
  s?.reading?.forEach((r, i) => {
    if (i < s.length && i < out.length) out[i] = r;
  });
  return out;
}

/** 曾任: the surname character is an adverb before this character (./words NOT_SURNAME_BEFORE). */
export function isNotSurnameBefore(surname: string, next: string | undefined): boolean {
  return next !== undefined && (NOT_SURNAME_BEFORE[surname]?.includes(next) ?? false);
}

/**
 * Are these characters (simplified) plausibly a bare personal name such as 单田芳 or 解缙?
 * Only surname + one or two characters, where neither the surname with the next character nor
 * the given name is an ordinary word (高兴地, 王老师 are not names), the surname is not an
 * adverb before the next character (曾任), and the whole is no known non-name (查理).
 * `isCommonWord` answers for lowercase dictionary words.
 */
export function looksLikeName(chars: readonly string[], isCommonWord: (word: string) => boolean): boolean {
  const s = surnameOf(chars);
  if (!s) return false;
  const given = chars.slice(s.length);
  if (given.length < 1 || given.length > 2) return false;
  if (given.some((c) => notGiven.has(c))) return false;
  if (s.length === 1 && isNotSurnameBefore(chars[0] ?? '', given[0])) return false;
  if (notNames.has(chars.join('')) || notNames.has(chars.slice(0, 2).join(''))) return false;
  if (isCommonWord(chars.join(''))) return false;
  if (s.length === 1 && isCommonWord(chars.slice(0, 2).join(''))) return false;
  if (given.length === 2 && isCommonWord(given.join(''))) return false;
  return true;
}
