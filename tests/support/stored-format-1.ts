/** Stored annotations in the layout texts had before issue #20, for the tests that old texts still open. */
import type { AliasSegment, TermSegment } from '@/lib/annotate/types';
import type { AnnotatedLine } from '@/lib/annotated-lines';
import type { StoredAnnotation } from '@/lib/texts/types';

/** The format texts were stored in before issue #20 (each distinct mention once, one JSON document). */
export function encodeFormat1(annotation: StoredAnnotation): string {
  const mentions: Array<TermSegment | AliasSegment> = [];
  const index = new Map<string, number>();
  const line = (segments: AnnotatedLine) =>
    segments.map((segment) => {
      if (segment.type === 'plain') return segment.text;
      const mention: (TermSegment | AliasSegment) & { occurrence?: number } = { ...segment };
      delete mention.occurrence;
      const key = JSON.stringify(mention);
      if (!index.has(key)) index.set(key, mentions.push(mention) - 1);
      return index.get(key)!;
    });
  return JSON.stringify({
    format: 1,
    mentions,
    title: annotation.title && line(annotation.title),
    paragraphs: annotation.paragraphs.map(line),
    terms: annotation.terms,
    firstMention: annotation.firstMention,
  });
}
