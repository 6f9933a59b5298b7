/**
 * A document annotated as one text and cut into its lines: what articles (lib/articles) and
 * pasted texts (lib/texts) are shown as. One text, so an alias learned early ("Lei Jun (雷军)")
 * applies to later lines; mentions numbered in reading order for ids and jumping.
 */
import {
  annotate,
  type AnnotateOptions,
  type AliasSegment,
  type PlainSegment,
  type Segment,
  type TermSegment,
  type TermSummary,
} from '../annotate';

/** A term or alias mention, numbered in reading order across the whole article (for ids and jumping). */
export type NumberedMention = (TermSegment | AliasSegment) & { occurrence: number };
export type RenderSegment = PlainSegment | NumberedMention;

/** A line of the article with its annotations. */
export type AnnotatedLine = RenderSegment[];

export function mentionTermId(mention: NumberedMention): string {
  return mention.type === 'term' ? mention.id : mention.termId;
}

/**
 * Cuts segments at line breaks into one list per non-empty line, trimmed like the parser trims.
 * Terms and aliases never span a line break, so only plain segments are cut.
 */
export function splitSegmentsIntoLines(segments: readonly Segment[]): AnnotatedLine[] {
  const lines: AnnotatedLine[] = [];
  let current: AnnotatedLine = [];
  let occurrence = 0;
  const endLine = () => {
    const trimmed = trimLine(current);
    if (trimmed.length > 0) lines.push(trimmed);
    current = [];
  };
  for (const segment of segments) {
    if (segment.type !== 'plain') {
      current.push({ ...segment, occurrence: occurrence++ });
      continue;
    }
    const parts = segment.text.split(/\r\n|\n|\r/);
    parts.forEach((part, index) => {
      if (index > 0) endLine();
      if (part) current.push({ type: 'plain', text: part });
    });
  }
  endLine();
  return lines;
}

function trimLine(line: AnnotatedLine): AnnotatedLine {
  const out = [...line];
  const first = out[0];
  if (first?.type === 'plain') out[0] = { type: 'plain', text: first.text.trimStart() };
  const last = out.at(-1);
  if (last?.type === 'plain') out[out.length - 1] = { type: 'plain', text: last.text.trimEnd() };
  return out.filter((segment) => segment.text.length > 0);
}

interface AnnotatedLines {
  lines: AnnotatedLine[];
  /** Every term, in order of first appearance, with occurrence counts. */
  terms: TermSummary[];
  /** term id → number of its first mention */
  firstMention: Map<string, number>;
}

/**
 * Annotates lines as one text (so aliases learned early, e.g. "Lei Jun (雷军)", apply to later
 * lines) and hands each line its own segments, mentions numbered in reading order.
 * Lines must be non-empty and free of line breaks (as the article parser and text store make them).
 */
export async function annotateLines(lines: readonly string[], options?: AnnotateOptions): Promise<AnnotatedLines> {
  const annotated = await annotate(lines.join('\n'), options);
  const split = splitSegmentsIntoLines(annotated.segments);
  const firstMention = new Map<string, number>();
  for (const segment of split.flat()) {
    if (segment.type !== 'plain' && !firstMention.has(mentionTermId(segment)))
      firstMention.set(mentionTermId(segment), segment.occurrence);
  }
  return { lines: split, terms: annotated.terms, firstMention };
}
