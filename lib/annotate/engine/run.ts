/**
 * Readings for one Han run (simplified characters): segmentation, then per word the first
 * source that knows it — override, glossary, the lexicon's reading of the word; a character
 * standing alone is read by the context rules of ../polyphones.
 */
import { readParticles } from '../aspect';
import { candidateWithReading, chooseEntry, type Candidate } from '../dictionary/select';
import { looksLikeName, surnameOf, withSurnameReading } from '../names';
import { findNamesInRun } from '../names/in-run';
import type { PinyinSyllable } from '../../pinyin/spelling';
import { readLoneCharacter, ruledReading } from '../polyphones';
import { segmentRun } from '../segment';
import type { Meanings, ReadingSource, TermKind } from '../types';
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
const UNKNOWN: PinyinSyllable = { marked: '', toneless: '', tone: 5 };

export function candidatesOf(ctx: Context, word: string): readonly Candidate[] {
  return ctx.candidates(word);
}

/** Every reading of one character, its default first. */
export function characterReadings(ctx: Context, ch: string): PinyinSyllable[] {
  const lexicon = ctx.res.lexicon;
  return lexicon
    ? lexicon
        .readings(lexicon.indexOf(ch))
        .map((r) => r[0])
        .filter((s): s is PinyinSyllable => s !== undefined)
    : [];
}

/** Glossary meanings, with CC-CEDICT's English where the glossary has none. */
export function mergeMeanings(curated: Meanings | undefined, english: string | undefined): Meanings {
  const out: Meanings = { ...(curated ?? {}) };
  if (out.en === undefined && english !== undefined) out.en = english;
  return out;
}

/** The simplified form a dictionary entry gives, when matched through its traditional headword. */
function simplifiedOf(word: string, c: Candidate | null): string {
  if (!c || c.simplified === word || c.traditional !== word) return word;
  return Array.from(c.simplified).length === Array.from(word).length ? c.simplified : word;
}

/**
 * The entry whose reading is `reading` but for the neutral tones it gives (朋友 péng you5 typed
 * for CC-CEDICT's péng yǒu in citation tones): a teacher who writes the spoken tone meant that word.
 */
function entryReadNeutral(candidates: readonly Candidate[], reading: readonly PinyinSyllable[]): Candidate | null {
  if (!reading.some((s) => s.tone === 5)) return null;
  return (
    candidates.find(
      (c) =>
        !c.variantOnly &&
        c.syllables.length === reading.length &&
        c.syllables.every(
          (s, i) => s.toneless === reading[i]?.toneless && (reading[i]?.tone === 5 || s.tone === reading[i]?.tone),
        ),
    ) ?? null
  );
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
    // A corrected reading takes the meaning of the entry with that reading (还 hái "still", not
    // huán "to pay back"); a reading no entry has gets no dictionary meaning rather than a wrong one.
    const meant = override
      ? (candidateWithReading(candidates, override) ?? entryReadNeutral(candidates, override))
      : chosen;
    return {
      length: n,
      simplified: word,
      syllables: override ?? glossary?.syllables ?? [],
      kind: glossary?.kind ?? meant?.kind ?? 'word',
      meanings: mergeMeanings(glossary?.meanings, meant?.gloss),
      source: override ? 'text' : 'glossary',
    };
  }
  // The lexicon's reading of the word (or, for a lone character, its reading in context), with the entry that has it.
  const syllables = chars.map((_, i) => context[i] ?? UNKNOWN);
  const entry = candidateWithReading(candidates, syllables) ?? (n > 1 ? chosen : null);
  return {
    length: n,
    simplified: simplifiedOf(word, entry),
    syllables,
    kind: entry?.kind ?? 'word',
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
  inPhrase: boolean,
): Token {
  const end = at + len;
  // Without surrogate pairs, character and code unit indices agree.
  const word =
    len === 1
      ? (chars[at] ?? '')
      : joined.length === chars.length
        ? joined.slice(at, end)
        : chars.slice(at, end).join('');
  // A word's reading is the lexicon's, except inside a phrase (see readPhrase); a lone character's depends on its context.
  let key = len === 1 ? (context[at]?.marked ?? '') : '';
  if (len > 1 && inPhrase) for (let i = at; i < end; i++) key += `${context[i]?.marked ?? ''} `;
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
function personToken(ctx: Context, chars: readonly string[], context: ReadonlyArray<PinyinSyllable | null>): Token {
  const word = chars.join('');
  const override = ctx.overrides.get(word);
  return {
    length: chars.length,
    simplified: word,
    syllables:
      override ??
      withSurnameReading(
        chars,
        context.map((s) => s ?? UNKNOWN),
      ),
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
 * One reading per character of the run segmented into `lengths`: a word's default reading from
 * the lexicon, a lone character's reading in context (../polyphones); null where nobody has one.
 */
function readingsInRun(
  ctx: Context,
  chars: readonly string[],
  joined: string,
  lengths: readonly number[],
): Array<PinyinSyllable | null> {
  const lexicon = ctx.res.lexicon;
  const out: Array<PinyinSyllable | null> = [];
  let at = 0;
  for (let k = 0; k < lengths.length; k++) {
    const len = lengths[k] ?? 1;
    if (len === 1) out.push(lexicon ? readLoneCharacter(lexicon, chars, lengths, k, at) : null);
    else {
      const word = joined.length === chars.length ? joined.slice(at, at + len) : chars.slice(at, at + len).join('');
      const reading = lexicon?.readings(lexicon.indexOf(word))[0];
      for (let i = 0; i < len; i++) {
        const ch = chars[at + i] ?? '';
        out.push(reading?.[i] ?? lexicon?.readings(lexicon.indexOf(ch))[0]?.[0] ?? null);
      }
    }
    at += len;
  }
  return out;
}

/**
 * A phrase that decided the segmentation (银行行长) gives its words their readings in it, except
 * where a context rule reads a lone character (jieba's 还得起 says děi; the rule for 得 says de).
 */
function readPhrase(
  ctx: Context,
  chars: readonly string[],
  lengths: readonly number[],
  at: number,
  len: number,
  context: Array<PinyinSyllable | null>,
): void {
  const lexicon = ctx.res.lexicon;
  const reading = lexicon?.readings(lexicon.indexOf(chars.slice(at, at + len).join('')))[0];
  if (!reading) return;
  let start = 0;
  for (let k = 0; k < lengths.length && start < at + len; k++) {
    const wordLen = lengths[k] ?? 1;
    if (start >= at) {
      const ruled = wordLen === 1 ? ruledReading(chars, lengths, k, start) : null;
      for (let i = 0; i < wordLen; i++)
        context[start + i] = ruled ?? reading[start + i - at] ?? context[start + i] ?? null;
    }
    start += wordLen;
  }
}

/**
 * Tokens for a run that has no romanization next to it: `simp` its simplified characters,
 * `written` the characters as written (they tell traditional text apart).
 */
export function readRun(ctx: Context, simp: readonly string[], written: readonly string[] = simp): Token[] {
  const simpJoined = simp.join('');
  const phrases: number[] = [];
  const lengths = segmentRun(simp, simpJoined, ctx.words, phrases);
  // Traditional 看著: the lone 著 is read as the particle 着 (see ../aspect).
  const chars = readParticles(simp, lengths, written, ctx);
  const joined = chars === simp ? simpJoined : chars.join('');
  const context = readingsInRun(ctx, chars, joined, lengths);
  for (let p = 0; p < phrases.length; p += 2)
    readPhrase(ctx, chars, lengths, phrases[p] ?? 0, phrases[p + 1] ?? 0, context);
  // A whole run that is a bare name; names are short runs, the test is only worth making for them.
  if (lengths.length > 1 && chars.length <= 4 && looksLikeName(chars, ctx.isCommonWord)) {
    let at = 0;
    const curated = lengths.some((len) => ctx.isCurated(chars.slice(at, (at += len)).join('')));
    if (!curated) return [personToken(ctx, chars, context)];
  }
  const names = lengths.length > 1 ? findNamesInRun(chars, lengths, ctx.isCommonWord, ctx.isCurated) : null;
  const out: Token[] = [];
  let at = 0;
  let phraseAt = 0;
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
    // Phrases come in order: skip those that end before this word.
    while (phraseAt < phrases.length && (phrases[phraseAt] ?? 0) + (phrases[phraseAt + 1] ?? 0) <= at) phraseAt += 2;
    const inPhrase = phraseAt < phrases.length && (phrases[phraseAt] ?? 0) <= at;
    out.push(tokenAt(ctx, chars, joined, context, at, len, inPhrase));
    at += len;
  }
  return out;
}
