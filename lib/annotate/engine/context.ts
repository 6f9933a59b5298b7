/** Everything one annotate() call reads from: loaded resources plus this text's overrides. */
import type { ContextReader } from '../context';
import type { Dictionary } from '../dictionary';
import type { Glossary } from '../../glossary';
import { isHanCodePoint, splitChars } from '../han';
import { parseNumberedReading, type PinyinSyllable } from '../pinyin';
import type { Simplifier } from '../script';
import { LengthBounds, PAIR_CURATED, probeLength, probePair, SEGMENT_COST, type Lexicon } from '../segment';
import type { AnnotateOptions } from '../types';
import type { Token } from './run';

export interface Resources {
  glossary: Glossary;
  /** Null until a text with Han characters needed it. */
  dictionary: Dictionary | null;
  reader: ContextReader | null;
  simplify: Simplifier;
}

export interface Context {
  res: Resources;
  /** Simplified word → reading, from options.overrides. */
  overrides: ReadonlyMap<string, readonly PinyinSyllable[]>;
  lexicon: Lexicon;
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
  const { glossary, dictionary } = res;
  const curated = new Set([...glossary.bySimplified.keys(), ...overrides.keys()]);
  const lexicon: Lexicon = {
    weight(word) {
      if (curated.has(word)) return SEGMENT_COST.curated;
      return dictionary?.has(word) ? SEGMENT_COST.word : 0;
    },
    probe(text, at) {
      const d = dictionary?.bounds.at(text, at) ?? 0;
      const g = glossary.bounds.at(text, at);
      const o = overrides.size === 0 ? 0 : overrideBounds.at(text, at);
      if (g === 0 && o === 0) return d;
      const len = Math.max(probeLength(d), probeLength(g), probeLength(o));
      return (len << 2) | Math.max(probePair(d), probePair(g), probePair(o));
    },
    probeTriple(prefix) {
      const d = dictionary?.bounds.atTriple(prefix) ?? 0;
      const g = glossary.bounds.atTriple(prefix);
      const o = overrides.size === 0 ? 0 : overrideBounds.atTriple(prefix);
      if (g === 0 && o === 0) return d;
      const len = Math.max(probeLength(d), probeLength(g), probeLength(o));
      return (len << 2) | Math.max(probePair(d), probePair(g), probePair(o));
    },
  };
  return {
    res,
    overrides,
    lexicon,
    isCommonWord: (word) => {
      const g = glossary.bySimplified.get(word);
      if (g) return g.kind === 'word';
      return dictionary?.candidates(word).some((c) => !c.proper && !c.variantOnly) ?? false;
    },
    isCurated: (word) => curated.has(word),
    isVerb(word) {
      return dictionary?.candidates(word).some((c) => !c.proper && !c.variantOnly && VERB_GLOSS_RE.test(c.gloss)) ?? false;
    },
    isSimplifiedOnly(ch) {
      const entries = dictionary?.lookup(ch);
      return entries !== undefined && entries.length > 0 && entries.every((e) => e[1] === ch && e[0] !== ch);
    },
    tokens: new Map(),
    curated,
  };
}
