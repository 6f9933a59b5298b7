/**
 * Romanization-guided readings: a run with a matching romanization next to it becomes one term
 * read as the text says (source 'text'), and the Latin name becomes an alias of it.
 */
import type { Candidate } from '../lexicon';
import { surnameOf } from '../names';
import { withoutToneMarks } from '../../pinyin/toneless';
import { romanKey, splitRomanization, type PinyinSyllable } from '../../pinyin/spelling';
import type { AliasTarget } from '../aliases';
import type { HanRun } from '../han';
import { findRomanizations, matchRomanization, type RomanCandidate } from '../romanization';
import type { Context } from './context';
import { candidatesOf, characterReadings, mergeMeanings, type Token } from './run';

interface Guided {
  token: Token;
  /** Latin names the text gave for this term. */
  aliases: string[];
}

function pushUnique(list: PinyinSyllable[], s: PinyinSyllable | null | undefined): void {
  if (s && s.toneless !== '' && !list.some((o) => o.toneless === s.toneless && o.tone === s.tone)) list.push(s);
}

/** Readings ordered by preference: real entries before variant pointers, then by case. */
function candidateReadings(candidates: readonly Candidate[], properFirst: boolean): Array<readonly PinyinSyllable[]> {
  const rank = (c: Candidate): number => (c.variantOnly ? 2 : 0) + (c.proper === properFirst ? 0 : 1);
  return [...candidates].sort((a, b) => rank(a) - rank(b)).map((c) => c.syllables);
}

/** A multi-word Latin name in front of a run that starts with a surname: a person. */
function isPersonName(roman: string, chars: readonly string[]): boolean {
  return /\S\s+\S/u.test(roman.trim()) && chars.length >= 2 && chars.length <= 4 && surnameOf(chars) !== null;
}

function aliasesOf(roman: string): string[] {
  const written = roman.trim().normalize('NFC');
  if (!/^\p{Lu}/u.test(written)) return [];
  const toneless = withoutToneMarks(written);
  return toneless !== written ? [written, toneless] : [written];
}

/** The reading `candidate` gives for the run `chars` (simplified), or null if it does not spell one. */
function guidedToken(ctx: Context, chars: readonly string[], candidate: RomanCandidate): Guided | null {
  const word = chars.join('');
  const n = chars.length;
  // Cheap rejection of German words before "(": no reading can match what is not n pinyin syllables.
  if (!splitRomanization(candidate.text, n)) return null;
  const person = isPersonName(candidate.text, chars);
  const glossary = ctx.res.glossary.bySimplified.get(word);
  const candidates = candidatesOf(ctx, word);
  const surname = person ? surnameOf(chars) : null;
  const whole: Array<readonly PinyinSyllable[]> = [];
  if (glossary) whole.push(glossary.syllables);
  whole.push(...candidateReadings(candidates, true));
  const perChar = chars.map((ch, i) => {
    const list: PinyinSyllable[] = [];
    pushUnique(list, surname?.reading && i < surname.length ? surname.reading[i] : null);
    for (const r of characterReadings(ctx, ch)) pushUnique(list, r);
    for (const r of candidateReadings(candidatesOf(ctx, ch), false)) pushUnique(list, r[0]);
    return list;
  });
  const reading = matchRomanization(candidate.text, n, { whole, perChar });
  if (!reading) return null;
  const key = romanKey(reading.map((s) => s.toneless).join(''));
  const entry = candidates.find((c) => romanKey(c.syllables.map((s) => s.toneless).join('')) === key);
  const kind = glossary?.kind ?? (entry?.proper ? entry.kind : person ? 'person' : 'word');
  const override = ctx.overrides.get(word);
  return {
    token: {
      length: n,
      simplified: word,
      syllables: override ?? reading,
      kind: kind === 'word' && person ? 'person' : kind,
      meanings: mergeMeanings(glossary?.meanings, entry?.gloss),
      source: 'text',
    },
    aliases: aliasesOf(candidate.text),
  };
}

interface Guidance {
  /** Run index → its romanization-guided token. */
  tokens: Map<number, Token>;
  /** Latin names the text gave, one per (alias, term). */
  aliases: AliasTarget[];
}

/** Code points in text[start, end). */
function countChars(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

/**
 * Romanization-guided tokens for every run with a matching romanization next to it. `simp(i)`
 * gives run i's simplified characters (computed on demand by the caller).
 */
export function guide(ctx: Context, text: string, runs: readonly HanRun[], simp: (i: number) => string[]): Guidance {
  const tokens = new Map<number, Token>();
  const aliases: AliasTarget[] = [];
  const seen = new Set<string>();
  const memo = new Map<string, Guided | null>();
  // Most candidates are German words before "(": rejected by their syllable count alone, before
  // the run is simplified or a memo key is built (the shape check is memoized per word and length).
  const spells = new Map<string, boolean>();
  for (const group of findRomanizations(text, runs)) {
    for (const candidate of group.candidates) {
      let matched = false;
      for (const r of group.runs) {
        if (tokens.has(r)) continue;
        const run = runs[r];
        if (!run) continue;
        const n = countChars(text, run.start, run.end);
        const shapeKey = `${n}\u0000${candidate.text}`;
        let fits = spells.get(shapeKey);
        if (fits === undefined) {
          fits = splitRomanization(candidate.text, n) !== null;
          spells.set(shapeKey, fits);
        }
        if (!fits) continue;
        const chars = simp(r);
        const key = `${chars.join('')}\u0000${candidate.text}`;
        let g = memo.get(key);
        if (g === undefined) {
          g = guidedToken(ctx, chars, candidate);
          memo.set(key, g);
        }
        if (!g) continue;
        matched = true;
        tokens.set(r, g.token);
        for (const alias of g.aliases) {
          // Repeated "Xiaomi (小米)" patterns must not grow the alias list (and the regex) per mention.
          const aliasKey = `${alias}\u0000${g.token.simplified}`;
          if (seen.has(aliasKey)) continue;
          seen.add(aliasKey);
          aliases.push({ alias, termId: g.token.simplified });
        }
      }
      if (matched) break;
    }
  }
  return { tokens, aliases };
}
