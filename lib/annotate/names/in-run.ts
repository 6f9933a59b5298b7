/**
 * Names inside a longer Han run, where the words around them make them unambiguous: a title
 * (曾先生, 曾志伟先生), a familiar prefix (老单, 我姓单), or a full name followed by a word that
 * ends names (曾志伟说). Conservative: a wrong name is worse than a missed one, so a surname with
 * one given character needs a form of address (张三先生), and a bare surname only changes its
 * reading.
 */
import { isNotSurnameBefore, isSurnameChar, looksLikeName, surnameOf } from './index';
import {
  ADDRESS_TITLES,
  ANYWHERE_PREFIXES,
  FAMILIAR_PREFIXES,
  JOB_TITLES,
  NAME_FOLLOWERS,
  NAME_PRECEDERS,
} from './words';

const address = new Set(ADDRESS_TITLES);
const titles = new Set([...ADDRESS_TITLES, ...JOB_TITLES]);
const prefixes = new Set(FAMILIAR_PREFIXES);
const anywhere = new Set(ANYWHERE_PREFIXES);
const precedes = new Set(NAME_PRECEDERS);
const follows = new Set(NAME_FOLLOWERS);

interface NamesInRun {
  /** Character index → length of a person's name starting there (曾志伟 in 曾志伟说). */
  people: Map<number, number>;
  /** Character indices of lone surnames to read as surnames (曾 in 曾先生, 单 in 老单). */
  surnames: Set<number>;
}

/** Where each word of `lengths` starts. */
function startsOf(lengths: readonly number[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const len of lengths) {
    starts.push(at);
    at += len;
  }
  return starts;
}

/**
 * Names in the run `chars` (simplified) segmented into words of `lengths`; null when there are
 * none. `isCommonWord` answers for lowercase dictionary words; `isCurated` for glossary and
 * override words, never taken apart.
 */
export function findNamesInRun(
  chars: readonly string[],
  lengths: readonly number[],
  isCommonWord: (word: string) => boolean,
  isCurated: (word: string) => boolean,
): NamesInRun | null {
  let found: NamesInRun | null = null;
  // Built at the first one-character surname: most runs have none, and this runs for every run.
  let run: Words | null = null;
  let start = 0;
  for (let k = 0; k < lengths.length; k++) {
    if (k > 0) start = run ? (run.starts[k] ?? 0) : start + (lengths[k - 1] ?? 0);
    const ch = chars[start] ?? '';
    if (lengths[k] !== 1 || !isSurnameChar(ch)) continue;
    run ??= { chars, lengths, starts: startsOf(lengths), isCurated };
    if (!isSingle(run, k) || isNotSurnameBefore(ch, chars[start + 1])) continue;
    // The verb after the adverb 曾 (曾任经理) is no surname.
    if (isSingle(run, k - 1) && isNotSurnameBefore(chars[start - 1] ?? '', ch)) continue;
    // Surname and two given characters, then a title or a word that ends names.
    if (isSingle(run, k + 1) && isSingle(run, k + 2)) {
      const after3 = wordAt(run, k + 3);
      if (
        after3 !== undefined &&
        (titles.has(after3) || follows.has(after3)) &&
        looksLikeName(chars.slice(start, start + 3), isCommonWord)
      ) {
        (found ??= emptyNames()).people.set(start, 3);
        k += 2;
        continue;
      }
    }
    // Surname and one given character, then a form of address.
    if (isSingle(run, k + 1)) {
      const after2 = wordAt(run, k + 2);
      if (after2 !== undefined && address.has(after2) && looksLikeName(chars.slice(start, start + 2), isCommonWord)) {
        (found ??= emptyNames()).people.set(start, 2);
        k += 1;
        continue;
      }
    }
    if (surnameOf([ch])?.reading && isLoneSurname(run, k)) (found ??= emptyNames()).surnames.add(start);
  }
  return found;
}

/** The run's words, for looking around a surname (plain functions, no closures: this is hot). */
interface Words {
  chars: readonly string[];
  lengths: readonly number[];
  starts: readonly number[];
  isCurated: (word: string) => boolean;
}

function wordAt({ chars, lengths, starts }: Words, k: number): string | undefined {
  const s = starts[k];
  if (s === undefined) return undefined;
  return lengths[k] === 1 ? chars[s] : chars.slice(s, s + (lengths[k] ?? 0)).join('');
}

/** A one-character word that is no glossary word. */
function isSingle(run: Words, k: number): boolean {
  return run.lengths[k] === 1 && !run.isCurated(wordAt(run, k) ?? '');
}

function emptyNames(): NamesInRun {
  return { people: new Map(), surnames: new Set() };
}

/** A surname standing alone: before a title (曾先生), or after a familiar prefix (老单, 我姓单). */
function isLoneSurname(run: Words, k: number): boolean {
  const next = wordAt(run, k + 1);
  if (next !== undefined && titles.has(next)) return true;
  const prefix = wordAt(run, k - 1);
  if (prefix === undefined || !prefixes.has(prefix)) return false;
  if (anywhere.has(prefix)) return true;
  const before = wordAt(run, k - 2);
  return (before === undefined || precedes.has(before)) && (next === undefined || follows.has(next));
}
