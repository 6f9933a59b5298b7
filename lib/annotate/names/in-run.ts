/**
 * Names inside a longer Han run, where the words around them make them unambiguous: a title
 * (曾先生, 曾志伟先生), a familiar prefix (老单, 我姓单), or a full name followed by a word that
 * ends names (曾志伟说). Conservative: a wrong name is worse than a missed one, so a surname with
 * one given character needs a form of address (张三先生), and a bare surname only changes its
 * reading.
 */
import { isNotSurnameBefore, looksLikeName, surnameOf } from './index';
import { ADDRESS_TITLES, ANYWHERE_PREFIXES, FAMILIAR_PREFIXES, JOB_TITLES, NAME_FOLLOWERS, NAME_PRECEDERS } from './words';

const address = new Set(ADDRESS_TITLES);
const titles = new Set([...ADDRESS_TITLES, ...JOB_TITLES]);
const prefixes = new Set(FAMILIAR_PREFIXES);
const anywhere = new Set(ANYWHERE_PREFIXES);
const precedes = new Set(NAME_PRECEDERS);
const follows = new Set(NAME_FOLLOWERS);

export interface NamesInRun {
  /** Character index → length of a person's name starting there (曾志伟 in 曾志伟说). */
  people: Map<number, number>;
  /** Character indices of lone surnames to read as surnames (曾 in 曾先生, 单 in 老单). */
  surnames: Set<number>;
}

/**
 * Names in the run `chars` (simplified) segmented into words of `lengths`. `isCommonWord` answers
 * for lowercase dictionary words; `isCurated` for glossary and override words, never taken apart.
 */
export function findNamesInRun(
  chars: readonly string[],
  lengths: readonly number[],
  isCommonWord: (word: string) => boolean,
  isCurated: (word: string) => boolean,
): NamesInRun {
  const found: NamesInRun = { people: new Map(), surnames: new Set() };
  const starts: number[] = [];
  let at = 0;
  for (const len of lengths) {
    starts.push(at);
    at += len;
  }
  const word = (k: number): string | undefined => {
    const s = starts[k];
    return s === undefined ? undefined : chars.slice(s, s + (lengths[k] ?? 0)).join('');
  };
  const single = (k: number): boolean => lengths[k] === 1 && !isCurated(word(k) ?? '');
  for (let k = 0; k < lengths.length; k++) {
    const start = starts[k] ?? 0;
    const ch = chars[start] ?? '';
    // Cheap tests first: this runs for every word of every run.
    if (lengths[k] !== 1 || !surnameOf([ch]) || !single(k) || isNotSurnameBefore(ch, chars[start + 1])) continue;
    // The verb after the adverb 曾 (曾任经理) is no surname.
    if (single(k - 1) && isNotSurnameBefore(chars[start - 1] ?? '', ch)) continue;
    const name = (given: number) => chars.slice(start, start + 1 + given);
    // Surname and two given characters, then a title or a word that ends names.
    const after3 = word(k + 3);
    if (single(k + 1) && single(k + 2) && after3 !== undefined && (titles.has(after3) || follows.has(after3))) {
      if (looksLikeName(name(2), isCommonWord)) {
        found.people.set(start, 3);
        k += 2;
        continue;
      }
    }
    // Surname and one given character, then a form of address.
    const after2 = word(k + 2);
    if (single(k + 1) && after2 !== undefined && address.has(after2) && looksLikeName(name(1), isCommonWord)) {
      found.people.set(start, 2);
      k += 1;
      continue;
    }
    if (surnameOf([ch])?.reading && isLoneSurname(word, k)) found.surnames.add(start);
  }
  return found;
}

/** A surname standing alone: before a title (曾先生), or after a familiar prefix (老单, 我姓单). */
function isLoneSurname(word: (k: number) => string | undefined, k: number): boolean {
  const next = word(k + 1);
  if (next !== undefined && titles.has(next)) return true;
  const prefix = word(k - 1);
  if (prefix === undefined || !prefixes.has(prefix)) return false;
  if (anywhere.has(prefix)) return true;
  const before = word(k - 2);
  return (before === undefined || precedes.has(before)) && (next === undefined || follows.has(next));
}
