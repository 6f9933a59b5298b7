import type { Annotator, TermSegment, TermSummary } from '../annotate';
import { mentionTermId, type AnnotatedLine, type NumberedMention, type RenderSegment } from '../annotated-lines';
import type { Correction, MergeCorrection, OccurrenceCorrection, SplitCorrection } from './correction-types';
import type { StoredAnnotation } from './types';
import { locateAnchor } from './word-anchor';
import { lookUpWord, numberedReading } from './word-lookup';

export interface CorrectedAnnotation {
  annotation: StoredAnnotation;
  /** The corrections that took effect, in their order. */
  applied: Correction[];
  /** The corrections whose words are no longer there (their sentence changed, or the word is cut otherwise now). */
  dropped: Correction[];
}

/** The lines of an annotation as one list, title first. */
export function documentLines(annotation: Pick<StoredAnnotation, 'title' | 'paragraphs'>): AnnotatedLine[] {
  return annotation.title ? [annotation.title, ...annotation.paragraphs] : [...annotation.paragraphs];
}

export function lineText(line: AnnotatedLine): string {
  return line.map((segment) => segment.text).join('');
}

/** Index of the segment of `line` that starts at `start` (UTF-16 code units), or -1. */
export function segmentAt(line: AnnotatedLine, start: number): number {
  let at = 0;
  for (let index = 0; index < line.length; index++) {
    if (at === start) return index;
    at += line[index]!.text.length;
    if (at > start) return -1;
  }
  return -1;
}

const mention = (segment: TermSegment): NumberedMention => ({ ...segment, occurrence: 0 });

/** The term mention a word correction is anchored to: a term written exactly as the anchor's text. */
function termAt(line: AnnotatedLine, start: number, text: string): number {
  const index = segmentAt(line, start);
  const segment = line[index];
  return segment?.type === 'term' && segment.text === text ? index : -1;
}

/** Reads a word on its own (see lookUpWord) and remembers its summary, for terms the text did not have. */
type ReadWord = (written: string, reading: string | null) => TermSegment | null;

type Transform<C> = (line: AnnotatedLine, start: number, correction: C, read: ReadWord) => AnnotatedLine | null;

/** The word cut into its parts, each read with the syllables it had in the word and the meaning of that reading. */
const split: Transform<SplitCorrection> = (line, start, { anchor, parts }, read) => {
  const index = termAt(line, start, anchor.text);
  const word = line[index] as TermSegment | undefined;
  const characters = [...anchor.text];
  if (!word || parts.length < 2 || parts.some((n) => n < 1) || parts.reduce((a, b) => a + b, 0) !== characters.length)
    return null;
  const pieces: RenderSegment[] = [];
  let at = 0;
  for (const length of parts) {
    const written = characters.slice(at, at + length).join('');
    const reading = numberedReading(word.syllables.slice(at, at + length));
    const part = (reading && read(written, reading)) || read(written, null);
    if (!part) return null;
    pieces.push(mention(part));
    at += length;
  }
  return [...line.slice(0, index), ...pieces, ...line.slice(index + 1)];
};

/** Adjacent words as one: the engine's reading of the whole if it has one, else the words' syllables joined. */
const merge: Transform<MergeCorrection> = (line, start, { anchor }, read) => {
  const first = segmentAt(line, start);
  if (first < 0) return null;
  let last = first;
  let covered = 0;
  while (covered < anchor.text.length && line[last]?.type === 'term') covered += line[last++]!.text.length;
  const words = line.slice(first, last) as TermSegment[];
  if (words.length < 2 || covered !== anchor.text.length || words.map((w) => w.text).join('') !== anchor.text)
    return null;
  const reading = numberedReading(words.flatMap((word) => word.syllables));
  const whole = read(anchor.text, null) ?? (reading ? read(anchor.text, reading) : null);
  if (!whole) return null;
  return [...line.slice(0, first), mention(whole), ...line.slice(last)];
};

/** One mention read as corrected (with the meaning of the dictionary entry of that reading) and/or with the meaning written. */
const correctOccurrence: Transform<OccurrenceCorrection> = (line, start, { anchor, reading, meaning }, read) => {
  const index = termAt(line, start, anchor.text);
  const word = line[index] as (TermSegment & NumberedMention) | undefined;
  if (!word) return null;
  let corrected: TermSegment = word;
  if (reading) {
    const reread = read(anchor.text, reading);
    if (!reread) return null;
    corrected = reread;
  }
  if (meaning)
    corrected = { ...corrected, meanings: { ...corrected.meanings, [meaning.locale]: meaning.text }, source: 'text' };
  return line.map((segment, at) => (at === index ? mention(corrected) : segment));
};

/**
 * Applies the owner's corrections to an annotation the engine made (with the text's reading
 * overrides), in their order: splits, merges and single words where their sentence is still
 * there, then meanings of whole terms. The terms are summed up again from the mentions (a term's
 * reading and meanings are those of its first mention, as the engine does), mentions numbered
 * again in reading order. Pure but for reading words through `annotator`.
 */
export function applyCorrections(
  annotation: StoredAnnotation,
  corrections: readonly Correction[],
  annotator: Annotator,
): CorrectedAnnotation {
  const lines = documentLines(annotation);
  const learned = new Map<string, TermSummary>();
  const read: ReadWord = (written, reading) => {
    const word = lookUpWord(annotator, written, reading);
    if (word && !learned.has(word.segment.id)) learned.set(word.segment.id, word.summary);
    return word?.segment ?? null;
  };
  const applied: Correction[] = [];
  const dropped: Correction[] = [];
  const termMeanings: Correction[] = [];
  for (const correction of corrections) {
    if (correction.kind === 'term-meaning') {
      termMeanings.push(correction);
      continue;
    }
    const place = locateAnchor(lines.map(lineText), correction.anchor);
    const line = place && lines[place.line];
    const changed =
      place && line
        ? correction.kind === 'split'
          ? split(line, place.start, correction, read)
          : correction.kind === 'merge'
            ? merge(line, place.start, correction, read)
            : correctOccurrence(line, place.start, correction, read)
        : null;
    if (place && changed) {
      lines[place.line] = changed;
      applied.push(correction);
    } else dropped.push(correction);
  }
  const meaningsOf = new Map<string, Map<string, string>>();
  for (const correction of termMeanings) {
    if (correction.kind !== 'term-meaning') continue;
    const found = lines.some((line) =>
      line.some((segment) => segment.type === 'term' && segment.id === correction.term),
    );
    if (!found) {
      dropped.push(correction);
      continue;
    }
    const meanings = meaningsOf.get(correction.term) ?? new Map<string, string>();
    meanings.set(correction.locale, correction.text);
    meaningsOf.set(correction.term, meanings);
    applied.push(correction);
  }
  const withMeanings =
    meaningsOf.size === 0
      ? lines
      : lines.map((line) =>
          line.map((segment) =>
            segment.type === 'term' && meaningsOf.has(segment.id)
              ? { ...segment, meanings: { ...segment.meanings, ...Object.fromEntries(meaningsOf.get(segment.id)!) } }
              : segment,
          ),
        );
  return { annotation: summarized(annotation, withMeanings, learned), applied, dropped };
}

/** Mentions numbered in reading order, terms listed in order of first mention with their counts, as the engine's summary does. */
function summarized(
  original: StoredAnnotation,
  lines: AnnotatedLine[],
  learned: ReadonlyMap<string, TermSummary>,
): StoredAnnotation {
  const known = new Map(original.terms.map((term) => [term.id, term]));
  const terms = new Map<string, TermSummary>();
  const firstMention = new Map<string, number>();
  let occurrence = 0;
  const numbered = lines.map((line) =>
    line.map((segment): RenderSegment => {
      if (segment.type === 'plain') return segment;
      const id = mentionTermId(segment);
      const number = occurrence++;
      if (!firstMention.has(id)) firstMention.set(id, number);
      const term = terms.get(id);
      if (term) {
        terms.set(id, { ...term, count: term.count + 1 });
      } else {
        const base = known.get(id) ?? learned.get(id);
        if (base) terms.set(id, { ...(segment.type === 'term' ? describedBy(base, segment) : base), count: 1 });
      }
      return { ...segment, occurrence: number };
    }),
  );
  return {
    title: original.title ? (numbered[0] ?? []) : null,
    paragraphs: original.title ? numbered.slice(1) : numbered,
    terms: [...terms.values()],
    firstMention: [...firstMention],
  };
}

/** A term as its first mention reads it; its traditional form only while the reading stays the one it was found for. */
function describedBy(base: TermSummary, segment: TermSegment): TermSummary {
  const { traditional, ...rest } = base;
  const fields = {
    simplified: segment.simplified,
    pinyin: segment.pinyin,
    syllables: segment.syllables,
    kind: segment.kind,
    meanings: segment.meanings,
    source: segment.source,
  };
  return traditional !== undefined && segment.pinyin === base.pinyin
    ? { ...rest, ...fields, traditional }
    : { ...rest, ...fields };
}
