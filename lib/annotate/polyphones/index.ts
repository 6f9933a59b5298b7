/**
 * Readings of a character that stands alone after segmentation (还 in 还钱, 为 in 原为): its
 * context rules, then the classes of ./rules (transliteration, place name, given name), then its
 * lone default, else the lexicon's default. Only characters listed in ./rules cost more than one
 * Map lookup.
 */
import type { Lexicon } from '../lexicon';
import { isSurnameChar } from '../names';
import { parseNumbered, type PinyinSyllable } from '../../pinyin/spelling';
import {
  CONTEXT_RULES,
  GIVEN_NAME_READINGS,
  LONE_DEFAULTS,
  NUMBER_CHARACTERS,
  PLACE_READINGS,
  PLACE_SUFFIX_CHARACTERS,
  PLACE_SUFFIX_WORDS,
  TRANSLITERATION_CHARACTERS,
  TRANSLITERATION_READINGS,
  type ContextRule,
} from './rules';

interface CompiledRule extends ContextRule {
  syllable: PinyinSyllable;
}

function syllable(numbered: string): PinyinSyllable {
  const s = parseNumbered(numbered);
  if (!s) throw new Error(`polyphone rules: "${numbered}" is not numbered pinyin`);
  return s;
}

function table(data: Readonly<Record<string, string>>): Map<string, PinyinSyllable> {
  return new Map(Object.entries(data).map(([ch, r]) => [ch, syllable(r)]));
}

const rules = new Map<string, CompiledRule[]>(
  Object.entries(CONTEXT_RULES).map(([ch, list]) => [ch, list.map((r) => ({ ...r, syllable: syllable(r.reading) }))]),
);
const transliteration = table(TRANSLITERATION_READINGS);
const place = table(PLACE_READINGS);
const givenName = table(GIVEN_NAME_READINGS);
const loneDefault = table(LONE_DEFAULTS);
const listed = new Set([
  ...rules.keys(),
  ...transliteration.keys(),
  ...place.keys(),
  ...givenName.keys(),
  ...loneDefault.keys(),
]);
const transliterationChars = new Set(Array.from(TRANSLITERATION_CHARACTERS));
const numberChars = new Set(Array.from(NUMBER_CHARACTERS));
const placeSuffixChars = new Set(Array.from(PLACE_SUFFIX_CHARACTERS));
const placeSuffixWords = new Set(PLACE_SUFFIX_WORDS);

/** The words around the lone character at word index k (character offset `at`). */
interface Around {
  previous: string;
  next: string;
  then: string;
  atEnd: boolean;
}

function around(chars: readonly string[], lengths: readonly number[], k: number, at: number): Around {
  const prevLen = lengths[k - 1] ?? 0;
  const nextLen = lengths[k + 1] ?? 0;
  const thenLen = lengths[k + 2] ?? 0;
  return {
    previous: chars.slice(at - prevLen, at).join(''),
    next: chars.slice(at + 1, at + 1 + nextLen).join(''),
    then: chars.slice(at + 1 + nextLen, at + 1 + nextLen + thenLen).join(''),
    atEnd: k === lengths.length - 1,
  };
}

function matches(rule: ContextRule, w: Around): boolean {
  if (rule.after !== undefined && (w.previous === '' || !rule.after.includes(Array.from(w.previous).at(-1) ?? '')))
    return false;
  if (rule.afterWords && !rule.afterWords.includes(w.previous)) return false;
  if (rule.before !== undefined && (w.next === '' || !rule.before.includes(Array.from(w.next)[0] ?? ''))) return false;
  if (rule.beforeWords && !rule.beforeWords.includes(w.next)) return false;
  if (rule.thenWords && !rule.thenWords.includes(w.then)) return false;
  if (rule.afterNumber && !Array.from(w.previous).every((c) => numberChars.has(c))) return false;
  if (rule.afterNumber && w.previous === '') return false;
  if (rule.atEnd && !w.atEnd) return false;
  return true;
}

function isPlaceSuffix(next: string): boolean {
  return (
    placeSuffixWords.has(next) ||
    (next !== '' && Array.from(next).length <= 2 && placeSuffixChars.has(Array.from(next)[0] ?? ''))
  );
}

/**
 * The reading the rules of ./rules give a lone character at word index k (character offset
 * `at`): its context rules, then the classes; null where none applies.
 */
export function ruledReading(
  chars: readonly string[],
  lengths: readonly number[],
  k: number,
  at: number,
): PinyinSyllable | null {
  const ch = chars[at] ?? '';
  if (!listed.has(ch)) return null;
  const w = around(chars, lengths, k, at);
  for (const rule of rules.get(ch) ?? []) if (matches(rule, w)) return rule.syllable;
  const t = transliteration.get(ch);
  if (t && (transliterationChars.has(chars[at - 1] ?? '') || transliterationChars.has(chars[at + 1] ?? ''))) return t;
  const p = place.get(ch);
  if (p && isPlaceSuffix(w.next)) return p;
  const g = givenName.get(ch);
  if (g && lengths[k - 1] === 1 && isSurnameChar(w.previous)) return g;
  return null;
}

/** A lone character's reading: ruledReading, else its lone default, else the lexicon's default. */
export function readLoneCharacter(
  lexicon: Lexicon,
  chars: readonly string[],
  lengths: readonly number[],
  k: number,
  at: number,
): PinyinSyllable | null {
  const ch = chars[at] ?? '';
  return (
    ruledReading(chars, lengths, k, at) ?? loneDefault.get(ch) ?? lexicon.readings(lexicon.indexOf(ch))[0]?.[0] ?? null
  );
}
