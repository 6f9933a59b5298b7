/** Choosing among a headword's CC-CEDICT entries: which reading fits this occurrence. */
import { isValidSyllable, parseNumbered, parseNumberedReading, type PinyinSyllable } from '../../pinyin/spelling';
import type { TermKind } from '../types';
import { kindOfGlosses } from './kind';
import { entryGlosses, entryPinyin, entrySimplified, entryTraditional, type RawEntry } from './load';
import { PREFERRED_READINGS } from './preferred';
import { displayGlosses, type Lookup } from './reference';

/** An entry usable for a headword: one valid syllable per character, flags computed once. */
export interface Candidate {
  traditional: string;
  simplified: string;
  syllables: readonly PinyinSyllable[];
  /** Only points at another form ("old variant of 和"): a last resort. */
  variantOnly: boolean;
  /** CC-CEDICT capitalizes the pinyin of proper nouns ("Zeng1 Guo2 fan1"). */
  proper: boolean;
  /** "erhua variant of 花[hua1]": the reading of the written 儿 form, preferred. */
  erhua: boolean;
  /** The everyday reading of a word with several (./preferred): chosen by default. */
  preferred: boolean;
  /** English glosses as learners see them (see ./reference), joined with "; ". */
  gloss: string;
  kind: TermKind;
}

const VARIANT_RE =
  /^(?:(?:old|archaic|ancient|unofficial|japanese|korean|erroneous|nonstandard|non-standard|obscure|taiwan|also written|same as)\s+)*variant of\b/i;
const ERHUA_RE = /^erhua variant of\b/i;

/** Preferred readings as "toneless+tone …" keys, parsed once. */
const preferredKeys = new Map<string, string>();
for (const [word, numbered] of Object.entries(PREFERRED_READINGS)) {
  const r = parseNumberedReading(numbered);
  if (r) preferredKeys.set(word, readingKey(r));
}

function readingKey(r: readonly PinyinSyllable[]): string {
  return r.map((s) => `${s.toneless}${s.tone}`).join(' ');
}

function parseReading(pinyin: string, chars: number): PinyinSyllable[] | null {
  const out: PinyinSyllable[] = [];
  for (const t of pinyin.split(' ')) {
    const p = parseNumbered(t);
    if (!p || !isValidSyllable(p.toneless)) return null;
    out.push(p);
  }
  return out.length === chars ? out : null;
}

/**
 * The usable entries of a headword of `chars` characters, in CC-CEDICT order. `lookup` finds the
 * entries a cross-reference points to.
 */
export function toCandidates(entries: readonly RawEntry[], chars: number, lookup?: Lookup): Candidate[] {
  const out: Candidate[] = [];
  for (const entry of entries) {
    const pinyin = entryPinyin(entry);
    const syllables = parseReading(pinyin, chars);
    if (!syllables) continue;
    const glosses = entryGlosses(entry);
    const proper = /^[A-Z]/.test(pinyin);
    out.push({
      traditional: entryTraditional(entry),
      simplified: entrySimplified(entry),
      syllables,
      variantOnly: glosses.every((gloss) => VARIANT_RE.test(gloss)),
      proper,
      erhua: glosses.some((gloss) => ERHUA_RE.test(gloss)),
      preferred: !proper && preferredKeys.get(entrySimplified(entry)) === readingKey(syllables),
      gloss: displayGlosses(glosses, lookup).join('; '),
      kind: proper ? kindOfGlosses(glosses) : 'word',
    });
  }
  return out;
}

/** How well a reading agrees with the contextual reading: toneless match 2, same tone +1. */
function agreement(r: readonly PinyinSyllable[], context: ReadonlyArray<PinyinSyllable | null> | null): number {
  if (!context) return 0;
  let score = 0;
  r.forEach((s, i) => {
    const c = context[i];
    if (c && c.toneless === s.toneless) score += c.tone === s.tone ? 3 : 2;
  });
  return score;
}

/**
 * Picks the entry for one occurrence: real entries over variant pointers, then the preferred
 * everyday reading (地方 dìfang), then common-word (lowercase) entries for words or proper-noun
 * entries for names, then erhua readings (花儿 huā r), then the one agreeing most with the
 * contextual reading, then CC-CEDICT's order.
 */
export function chooseEntry(
  candidates: readonly Candidate[],
  context: ReadonlyArray<PinyinSyllable | null> | null,
  preferProper: boolean,
): Candidate | null {
  let best: Candidate | null = null;
  let bestScore = -1;
  for (const c of candidates) {
    const score =
      (c.variantOnly ? 0 : 1000) +
      (c.preferred ? 200 : 0) +
      (c.proper === preferProper ? 100 : 0) +
      (c.erhua ? 50 : 0) +
      (candidates.length > 1 ? agreement(c.syllables, context) : 0);
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/** The candidate with exactly this reading, ordinary entries first. */
export function candidateWithReading(
  candidates: readonly Candidate[],
  reading: readonly PinyinSyllable[],
): Candidate | null {
  let fallback: Candidate | null = null;
  for (const c of candidates) {
    if (c.syllables.length !== reading.length) continue;
    if (!c.syllables.every((r, i) => r.toneless === reading[i]?.toneless && r.tone === reading[i]?.tone)) continue;
    if (!c.variantOnly && !c.proper) return c;
    fallback ??= c;
  }
  return fallback;
}
