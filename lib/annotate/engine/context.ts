/** Everything one annotate() call reads from: loaded resources plus this text's overrides. */
import type { Glossary } from '../../glossary';
import type { Candidate, Lexicon } from '../lexicon';
import { isHanCodePoint, splitChars } from '../han';
import { parseNumberedReading, type PinyinSyllable } from '../../pinyin/spelling';
import type { Simplifier } from '../script';
import { LengthBounds, PAIR_CURATED, probeLength, probePair, SEGMENT_COST, type SegmentSources } from '../segment';
import type { AnnotateOptions } from '../types';
import type { Token } from './run';

export interface Resources {
  glossary: Glossary;
  /** Null until a text with Han characters needed it. */
  lexicon: Lexicon | null;
  simplify: Simplifier;
}

export interface Context {
  res: Resources;
  /** Simplified word → reading, from options.overrides. */
  overrides: ReadonlyMap<string, readonly PinyinSyllable[]>;
  words: SegmentSources;
  /** CC-CEDICT entries of a word (simplified, or traditional where the simplifier kept it). */
  candidates(word: string): readonly Candidate[];
  /** Has an ordinary (lowercase, non-variant) dictionary entry or is a glossary word. A plain function: pass it on as is. */
  isCommonWord: (word: string) => boolean;
  /** Is a glossary or override word (in `curated`). A plain function: pass it on as is. */
  isCurated: (word: string) => boolean;
  /** Has an ordinary dictionary entry that is a verb (a gloss "to …"). */
  isVerb(word: string): boolean;
  /** Written only in simplified text: every dictionary entry of the character has another traditional form (说 for 說). */
  isSimplifiedOnly(ch: string): boolean;
  /** Word tokens built so far in this text: word → reading key → token (see readRun). */
  tokens: Map<string, Map<string, Token>>;
  /** Glossary and override words: preferred by segmentation. */
  curated: ReadonlySet<string>;
}

/** CC-CEDICT glosses verbs as "to …": "to see; to look at". */
const VERB_GLOSS_RE = /(?:^|; )to /;

function isHanWord(chars: readonly string[]): boolean {
  return chars.length > 0 && chars.every((c) => isHanCodePoint(c.codePointAt(0) ?? 0));
}

/** Valid overrides only: Han key, one valid numbered syllable per character. Others are ignored. */
function parseOverrides(
  raw: AnnotateOptions['overrides'],
  simplify: Simplifier,
): Map<string, readonly PinyinSyllable[]> {
  const out = new Map<string, readonly PinyinSyllable[]>();
  if (!raw || typeof raw !== 'object') return out;
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value !== 'string') continue;
    const chars = splitChars(key);
    if (!isHanWord(chars)) continue;
    const reading = parseNumberedReading(value);
    if (!reading || reading.length !== chars.length) continue;
    out.set(simplify(chars).join(''), reading);
  }
  return out;
}

export function createContext(res: Resources, options: AnnotateOptions | undefined): Context {
  const overrides = parseOverrides(options?.overrides, res.simplify);
  const overrideBounds = new LengthBounds(PAIR_CURATED);
  for (const k of overrides.keys()) overrideBounds.add(k);
  const { glossary, lexicon } = res;
  const curated = new Set([...glossary.bySimplified.keys(), ...overrides.keys()]);
  const words: SegmentSources = {
    lexicon,
    curatedProbe(text, at) {
      const g = glossary.bounds.at(text, at);
      const o = overrides.size === 0 ? 0 : overrideBounds.at(text, at);
      if (o === 0) return g;
      return (Math.max(probeLength(g), probeLength(o)) << 2) | Math.max(probePair(g), probePair(o));
    },
    curatedCost(word) {
      if (overrides.has(word)) return SEGMENT_COST.override;
      if (!glossary.bySimplified.has(word)) return undefined;
      const k = lexicon ? lexicon.indexOf(word) : -1;
      return Math.min(SEGMENT_COST.glossary, k >= 0 ? (lexicon?.cost(k) ?? Infinity) : Infinity);
    },
  };
  const none: readonly Candidate[] = [];
  const candidates = (word: string): readonly Candidate[] =>
    lexicon ? lexicon.candidates(lexicon.indexOf(word)) : none;
  return {
    res,
    overrides,
    words,
    candidates,
    isCommonWord: (word) => {
      const g = glossary.bySimplified.get(word);
      if (g) return g.kind === 'word';
      return candidates(word).some((c) => !c.proper && !c.variantOnly);
    },
    isCurated: (word) => curated.has(word),
    isVerb(word) {
      return candidates(word).some((c) => !c.proper && !c.variantOnly && VERB_GLOSS_RE.test(c.gloss));
    },
    isSimplifiedOnly(ch) {
      const entries = candidates(ch);
      return entries.length > 0 && entries.every((e) => e.simplified === ch && e.traditional !== ch);
    },
    tokens: new Map(),
    curated,
  };
}
