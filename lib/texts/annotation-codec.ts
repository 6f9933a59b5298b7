import type { AliasSegment, TermSegment } from '../annotate/types';
import type { AnnotatedLine } from '../articles/annotated';
import type { StoredAnnotation } from './types';

type Mention = TermSegment | AliasSegment;
/** A line as stored: plain text as a string, a mention as its index in `mentions`. */
type EncodedLine = Array<string | number>;

interface EncodedAnnotation {
  format: 1;
  /** Every distinct mention once: a name mentioned 500 times is stored once, not 500 times. */
  mentions: Mention[];
  title: EncodedLine | null;
  paragraphs: EncodedLine[];
  terms: StoredAnnotation['terms'];
  firstMention: StoredAnnotation['firstMention'];
}

/**
 * The stored form of an annotation, for every store implementation: JSON with each distinct
 * mention (its reading, meanings, syllables) written once. Several times smaller than plain JSON
 * of the annotation (3.6× on the benchmark text of docs/benchmarks.md, more the more names
 * repeat), and faster to read back.
 */
export function encodeAnnotation(annotation: StoredAnnotation): string {
  const mentions: Mention[] = [];
  const index = new Map<string, number>();
  const encodeLine = (line: AnnotatedLine): EncodedLine =>
    line.map((segment) => {
      if (segment.type === 'plain') return segment.text;
      // The mention number is its position in reading order: recomputed when decoding.
      const mention: Mention & { occurrence?: number } = { ...segment };
      delete mention.occurrence;
      const key = JSON.stringify(mention);
      let at = index.get(key);
      if (at === undefined) {
        at = mentions.push(mention) - 1;
        index.set(key, at);
      }
      return at;
    });
  const encoded: EncodedAnnotation = {
    format: 1,
    mentions,
    title: annotation.title && encodeLine(annotation.title),
    paragraphs: annotation.paragraphs.map(encodeLine),
    terms: annotation.terms,
    firstMention: annotation.firstMention,
  };
  return JSON.stringify(encoded);
}

export function decodeAnnotation(json: string): StoredAnnotation {
  const encoded = JSON.parse(json) as EncodedAnnotation;
  if (encoded.format !== 1) throw new Error(`Unknown stored annotation format ${String(encoded.format)}`);
  let occurrence = 0;
  const decodeLine = (line: EncodedLine): AnnotatedLine =>
    line.map((part) => {
      if (typeof part === 'string') return { type: 'plain', text: part };
      const mention = encoded.mentions[part];
      if (!mention) throw new Error(`Stored annotation refers to missing mention ${part}`);
      return { ...mention, occurrence: occurrence++ };
    });
  return {
    title: encoded.title && decodeLine(encoded.title),
    paragraphs: encoded.paragraphs.map(decodeLine),
    terms: encoded.terms,
    firstMention: encoded.firstMention,
  };
}
