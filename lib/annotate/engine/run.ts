/**
 * Readings for one Han run (simplified characters): segmentation, then per word the first
 * source that knows it — override, glossary, CC-CEDICT (chosen in context), pinyin-pro.
 */
import { readParticles } from '../aspect';
import { candidateWithReading, chooseEntry, type Candidate } from '../dictionary';
import { looksLikeName, surnameOf, withSurnameReading } from '../names';
import { findNamesInRun } from '../names/in-run';
import type { PinyinSyllable } from '../pinyin';
import { segmentRun } from '../segment';
import type { Meanings, ReadingSource, TermKind } from '../types';
import { DEFAULTS } from '../defaults';
import type { Context } from './context';

export interface Token {
  /** Characters covered. */
  length: number;
  simplified: string;
  syllables: readonly PinyinSyllable[];
  kind: TermKind;
  meanings: Meanings;
  source: ReadingSource;
}

/** A character nobody has a reading for (rare Extension B–H characters). */
export const UNKNOWN: PinyinSyllable = { marked: '', toneless: '', tone: 5 };

const NO_CANDIDATES: readonly Candidate[] = [];

export function contextual(ctx: Context, chars: readonly string[]): Array<PinyinSyllable | null> {
  return ctx.res.reader ? ctx.res.reader.read(chars) : chars.map(() => null);
}

export function candidatesOf(ctx: Context, word: string): readonly Candidate[] {
  return ctx.res.dictionary?.candidates(word) ?? NO_CANDIDATES;
}

/** Glossary meanings, with CC-CEDICT's English where the glossary has none. */
export function mergeMeanings(curated: Meanings | undefined, english: string | undefined): Meanings {
  const out: Meanings = { ...(curated ?? {}) };
  if (out.en === undefined && english !== undefined) out.en = english;
  return out;
}

/** The simplified form a dictionary entry gives, when matched through its traditional headword. */
function simplifiedOf(word: string, c: Candidate | null): string {
  const e = c?.entry;
  if (!e || e[1] === word || e[0] !== word) return word;
  return Array.from(e[1]).length === Array.from(word).length ? e[1] : word;
}

function buildWordToken(
  ctx: Context,
  chars: readonly string[],
  word: string,
  context: ReadonlyArray<PinyinSyllable | null>,
): Token {
  const n = chars.length;
  const candidates = candidatesOf(ctx, word);
  const glossary = ctx.res.glossary.bySimplified.get(word);
  const override = ctx.overrides.get(word);
  const chosen = chooseEntry(candidates, context, glossary?.kind === 'person');
  if (override || glossary) {
    return {
      length: n,
      simplified: word,
      syllables: override ?? glossary?.syllables ?? [],
      kind: glossary?.kind ?? chosen?.kind ?? 'word',
      meanings: mergeMeanings(glossary?.meanings, chosen?.gloss),
      source: override ? 'text' : 'glossary',
    };
  }
  if (n > 1 && chosen) {
    return {
      length: n,
      simplified: simplifiedOf(word, chosen),
      syllables: chosen.syllables,
      kind: chosen.kind,
      meanings: { en: chosen.gloss },
      source: 'dictionary',
    };
  }
  // Single characters (and words without a usable entry): pinyin-pro's reading in context.
  const syllables = chars.map((_, i) => context[i] ?? (n === 1 ? chosen?.syllables[0] : undefined) ?? UNKNOWN);
  const entry = n === 1 && syllables[0] ? candidateWithReading(candidates, syllables[0]) : null;
  return {
    length: n,
    simplified: simplifiedOf(word, entry),
    syllables,
    kind: 'word',
    meanings: entry ? { en: entry.gloss } : {},
    source: entry ? 'dictionary' : 'generated',
  };
}

/**
 * The token of chars[at, at + len). Tokens depend only on the word and the contextual readings
 * of its characters, so they are shared within a text (word → reading key → token): most words
 * recur, and building them (objects, joined glosses) was a large part of the time on long texts.
 * `joined` is chars.join('') (passed in to avoid joining again).
 */
function tokenAt(
  ctx: Context,
  chars: readonly string[],
  joined: string,
  context: ReadonlyArray<PinyinSyllable | null>,
  at: number,
  len: number,
): Token {
  const end = at + len;
  // Without surrogate pairs, character and code unit indices agree.
  const word = len === 1 ? (chars[at] ?? '') : joined.length === chars.length ? joined.slice(at, end) : chars.slice(at, end).join('');
  // A multi-character word with at most one reading does not depend on its context.
  let key = '';
  if (len === 1) key = context[at]?.marked ?? '';
  else if (candidatesOf(ctx, word).length > 1) for (let i = at; i < end; i++) key += `${context[i]?.marked ?? ''} `;
  let byContext = ctx.tokens.get(word);
  if (!byContext) {
    byContext = new Map();
    ctx.tokens.set(word, byContext);
  }
  let token = byContext.get(key);
  if (!token) {
    token = buildWordToken(ctx, chars.slice(at, end), word, context.slice(at, end));
    byContext.set(key, token);
  }
  return token;
}

/** A bare name such as 单田芳: surname reading for the family name, the rest in context. */
export function personToken(
  ctx: Context,
  chars: readonly string[],
  context: ReadonlyArray<PinyinSyllable | null>,
): Token {
  const word = chars.join('');
  const override = ctx.overrides.get(word);
  return {
    length: chars.length,
    simplified: word,
    syllables: override ?? withSurnameReading(chars, context.map((s) => s ?? UNKNOWN)),
    kind: 'person',
    meanings: {},
    source: override ? 'text' : 'generated',
  };
}

/** A lone surname (曾 in 曾先生): its surname reading, with CC-CEDICT's "surname Zeng" entry. */
function surnameToken(ctx: Context, ch: string, reading: PinyinSyllable): Token {
  const override = ctx.overrides.get(ch);
  const entry = candidatesOf(ctx, ch).find(
    (c) => c.proper && c.syllables[0]?.toneless === reading.toneless && c.syllables[0].tone === reading.tone,
  );
  return {
    length: 1,
    simplified: ch,
    syllables: override ?? [reading],
    kind: 'word',
    meanings: entry ? { en: entry.gloss } : {},
    source: override ? 'text' : entry ? 'dictionary' : 'generated',
  };
}

/**
 * Does any word of the run have a choice of readings? Only then is pinyin-pro's contextual
 * reading of the whole run needed; for characters with a single reading it returns exactly that
 * reading (checked for all of U+3400–U+9FFF), so skipping the call changes nothing but the time.
 */
function needsContext(ctx: Context, chars: readonly string[], joined: string, lengths: readonly number[]): boolean {
  const reader = ctx.res.reader;
  if (!reader || !DEFAULTS.skipUnambiguousRuns) return reader !== null;
  let at = 0;
  for (const len of lengths) {
    if (len === 1) {
      if (reader.heteronyms(chars[at] ?? '').length > 1) return true;
    } else {
      const word = joined.length === chars.length ? joined.slice(at, at + len) : chars.slice(at, at + len).join('');
      if (candidatesOf(ctx, word).length > 1) return true;
    }
    at += len;
  }
  return false;
}

function soleReadings(ctx: Context, chars: readonly string[]): Array<PinyinSyllable | null> {
  return chars.map((ch) => ctx.res.reader?.heteronyms(ch)[0] ?? null);
}

/**
 * Tokens for a run that has no romanization next to it: `simp` its simplified characters,
 * `written` the characters as written (they tell traditional text apart).
 */
export function readRun(ctx: Context, simp: readonly string[], written: readonly string[] = simp): Token[] {
  const simpJoined = simp.join('');
  const lengths = segmentRun(simp, simpJoined, ctx.lexicon);
  // Traditional 看著: the lone 著 is read as the particle 着 (see ../aspect).
  const chars = readParticles(simp, lengths, written, ctx);
  const joined = chars === simp ? simpJoined : chars.join('');
  const context = needsContext(ctx, chars, joined, lengths) ? contextual(ctx, chars) : soleReadings(ctx, chars);
  // A whole run that is a bare name; names are short runs, the test is only worth making for them.
  if (lengths.length > 1 && chars.length <= 4 && looksLikeName(chars, ctx.isCommonWord)) {
    let at = 0;
    const curated = lengths.some((len) => ctx.isCurated(chars.slice(at, (at += len)).join('')));
    if (!curated) return [personToken(ctx, chars, context)];
  }
  const names = lengths.length > 1 ? findNamesInRun(chars, lengths, ctx.isCommonWord, ctx.isCurated) : null;
  const out: Token[] = [];
  let at = 0;
  for (let k = 0; k < lengths.length; k++) {
    const surname = names?.surnames.has(at) ? surnameOf([chars[at] ?? ''])?.reading?.[0] : undefined;
    if (surname) {
      out.push(surnameToken(ctx, chars[at] ?? '', surname));
      at += 1;
      continue;
    }
    const person = names?.people.get(at);
    if (person !== undefined) {
      out.push(personToken(ctx, chars.slice(at, at + person), context.slice(at, at + person)));
      at += person;
      // The name covers single-character words only, one per character.
      k += person - 1;
      continue;
    }
    const len = lengths[k] ?? 1;
    out.push(tokenAt(ctx, chars, joined, context, at, len));
    at += len;
  }
  return out;
}
