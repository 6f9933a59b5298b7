import type { Annotated, Segment, Syllable, TermSummary } from '../annotate';
import type { AnnotatedLine } from '../annotated-lines';
import { decodeSegment, SegmentEncoder, type CompactSegment } from '../texts/compact-segments';
import type { StoredAnnotation } from '../texts/types';

export type { CompactSegment } from '../texts/compact-segments';

/**
 * The JSON APIs' annotations (docs/texts.md, "Compact annotations"): every term listed once in
 * `terms`, segments refer to it by its position. A 100 000-character text is a few MB instead of
 * tens (docs/benchmarks.md, bench:abuse).
 */
export interface CompactAnnotated {
  segments: CompactSegment[];
  terms: CompactTerm[];
}

/**
 * A term summary without what follows from the rest: `simplified` when it is the id, `syllables`
 * when they are the characters of `simplified` with the syllables of `pinyin` and their tones,
 * `kind` when "word", `meanings` when none, `aliases` when none. Left out only where equal.
 */
type CompactTerm = Omit<TermSummary, 'simplified' | 'syllables' | 'kind' | 'meanings' | 'aliases'> &
  Partial<TermSummary>;

/** A stored text's annotation in the API: title and paragraphs as compact segments against `terms`. */
export interface CompactTextAnnotation {
  terms: CompactTerm[];
  title: CompactSegment[] | null;
  paragraphs: CompactSegment[][];
}

export function compactAnnotated({ segments, terms }: Annotated): CompactAnnotated {
  const encoder = new SegmentEncoder(terms);
  return { segments: segments.map((segment) => encoder.encode(segment)), terms: terms.map(compactTerm) };
}

/** The engine's segments and terms again (for clients: every field of every segment). */
export function expandAnnotated(compact: CompactAnnotated): Annotated {
  const terms = compact.terms.map(expandTerm);
  return { segments: compact.segments.map((segment) => decodeSegment(segment, terms)), terms };
}

const TONE_MARKS: Record<string, Syllable['tone']> = { '\u0304': 1, '\u0301': 2, '\u030c': 3, '\u0300': 4 };

/** Tone of a tone-marked syllable ("léi" → 2; none → 5). */
function toneOf(pinyin: string): Syllable['tone'] {
  for (const char of pinyin.normalize('NFD')) if (TONE_MARKS[char]) return TONE_MARKS[char];
  return 5;
}

function derivedSyllables(simplified: string, pinyin: string): Syllable[] {
  const readings = pinyin.split(' ');
  return [...simplified].map((hanzi, at) => ({ hanzi, pinyin: readings[at] ?? '', tone: toneOf(readings[at] ?? '') }));
}

function compactTerm(term: TermSummary): CompactTerm {
  const { simplified, syllables, kind, meanings, aliases, ...rest } = term;
  const compact: CompactTerm = { ...rest };
  if (simplified !== term.id) compact.simplified = simplified;
  if (JSON.stringify(syllables) !== JSON.stringify(derivedSyllables(simplified, term.pinyin)))
    compact.syllables = syllables;
  if (kind !== 'word') compact.kind = kind;
  if (Object.keys(meanings).length > 0) compact.meanings = meanings;
  if (aliases.length > 0) compact.aliases = aliases;
  return compact;
}

function expandTerm(compact: CompactTerm): TermSummary {
  const simplified = compact.simplified ?? compact.id;
  const { id, traditional, pinyin, source, hsk, hskEstimated, count } = compact;
  return {
    id,
    simplified,
    ...(traditional === undefined ? {} : { traditional }),
    pinyin,
    syllables: compact.syllables ?? derivedSyllables(simplified, pinyin),
    kind: compact.kind ?? 'word',
    meanings: compact.meanings ?? {},
    source,
    ...(hsk === undefined ? {} : { hsk }),
    ...(hskEstimated === undefined ? {} : { hskEstimated }),
    aliases: compact.aliases ?? [],
    count,
  };
}

export function compactTextAnnotation(
  annotation: Pick<StoredAnnotation, 'terms' | 'title' | 'paragraphs'>,
): CompactTextAnnotation {
  const encoder = new SegmentEncoder(annotation.terms);
  const line = (segments: AnnotatedLine) => segments.map((segment) => encoder.encode(withoutOccurrence(segment)));
  return {
    terms: annotation.terms.map(compactTerm),
    title: annotation.title && line(annotation.title),
    paragraphs: annotation.paragraphs.map(line),
  };
}

/** Terms, title and paragraphs as the engine's (mentions numbered in reading order: title first, then paragraphs). */
export function expandTextAnnotation(compact: CompactTextAnnotation): {
  terms: TermSummary[];
  title: Segment[] | null;
  paragraphs: Segment[][];
} {
  const terms = compact.terms.map(expandTerm);
  const line = (segments: CompactSegment[]) => segments.map((segment) => decodeSegment(segment, terms));
  return { terms, title: compact.title && line(compact.title), paragraphs: compact.paragraphs.map(line) };
}

function withoutOccurrence(segment: AnnotatedLine[number]): Segment {
  if (segment.type === 'plain') return segment;
  const mention: Segment & { occurrence?: number } = { ...segment };
  delete mention.occurrence;
  return mention;
}
