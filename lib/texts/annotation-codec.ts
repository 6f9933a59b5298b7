import type { AliasSegment, TermSegment, TermSummary } from '../annotate';
import { mentionTermId, type AnnotatedLine, type RenderSegment } from '../annotated-lines';
import { paginateLines, TEXT_PAGE_LIMITS, type PageLimits } from '../reader/pages';
import { decodeSegment, SegmentEncoder, type CompactSegment } from './compact-segments';
import type { StoredAnnotation } from './types';

/*
 * The stored form of an annotation, for every store implementation.
 *
 * Format 2 (written since issue #20): the text already cut into its reader pages
 * (lib/reader/pages TEXT_PAGE_LIMITS), one JSON document per line:
 *
 *   line 0          header: { format: 2, limits, terms: T, pages: P, scripts }   (a few dozen bytes)
 *   line 1          firstMention of every term (for the API and edits)
 *   lines 2…T+1     each term once: its summary (meanings, syllables, count in the whole text)
 *   lines T+2…      page i: { occurrence, join, title?, terms, lines }: the positions of its
 *                   terms (in document order) and its lines as compact segments against them
 *                   (lib/texts/compact-segments.ts)
 *
 * JSON never contains a raw line break, so lines are found with indexOf. Showing page N parses
 * the header, page N and the terms on it: its cost does not grow with the text's length.
 * Decoding the whole annotation (API, manage page, edits) parses every line.
 *
 * Format 1 (texts stored before): one JSON document, each distinct mention once; still read.
 */

type Mention = TermSegment | AliasSegment;
/** Format 1: a line as stored: plain text as a string, a mention as its index in `mentions`. */
type EncodedLineV1 = Array<string | number>;

interface EncodedAnnotationV1 {
  format: 1;
  mentions: Mention[];
  title: EncodedLineV1 | null;
  paragraphs: EncodedLineV1[];
  terms: StoredAnnotation['terms'];
  firstMention: StoredAnnotation['firstMention'];
}

export interface StoredHeader {
  format: 2;
  limits: PageLimits;
  /** Number of term lines. */
  terms: number;
  /** Number of page lines (at least 1). */
  pages: number;
  /** Mentions of the paragraphs written in traditional / simplified characters, among terms that differ between the scripts (lib/texts/document-lang). */
  scripts: { traditional: number; simplified: number };
}

/** A format 2 annotation's header and where its lines start (one pass over the string). */
export interface StoredIndex {
  header: StoredHeader;
  /** Start of line i; entry i + 1 is one past its end. */
  starts: Uint32Array;
}

/**
 * How a page's first line continues the previous page: 0 it starts a new paragraph, 1 it
 * continues the paragraph, 2 it continues the paragraph and its first plain segment continues the
 * previous page's last one (a long plain run cut at a code point).
 */
type Join = 0 | 1 | 2;

interface StoredPage {
  /** Number of the page's first mention in reading order (the title's first on page 1). */
  occurrence: number;
  join: Join;
  /** Page 1 only: the annotated title, null if untitled. */
  title?: CompactSegment[] | null;
  /** Positions of the page's terms among the document's, in document order; compact segments refer to this list. */
  terms: number[];
  lines: CompactSegment[][];
}

/** One page as the reader shows it. */
export interface DecodedPage {
  /** Page 1 only (null elsewhere or if untitled): the annotated title. */
  title: AnnotatedLine | null;
  lines: AnnotatedLine[];
  /** Whether the page's first line continues the previous page's last paragraph (a paragraph cut between pages). */
  continues: boolean;
  /** Terms on this page in document order, counted on this page. */
  terms: TermSummary[];
  /** term id → number of its first mention on this page. */
  firstMention: Map<string, number>;
}

/** Counts for documentLang: how the paragraphs write terms that differ between the scripts. */
export function scriptCounts(
  paragraphs: readonly AnnotatedLine[],
  terms: readonly TermSummary[],
): StoredHeader['scripts'] {
  const differing = new Set(
    terms
      .filter((term) => term.traditional !== undefined && term.traditional !== term.simplified)
      .map((term) => term.id),
  );
  const counts = { traditional: 0, simplified: 0 };
  for (const line of paragraphs) {
    for (const segment of line) {
      if (segment.type !== 'term' || !differing.has(segment.id)) continue;
      if (segment.text === segment.simplified) counts.simplified++;
      else counts.traditional++;
    }
  }
  return counts;
}

const isMention = (segment: RenderSegment) => segment.type !== 'plain';

/** The stored form of an annotation (format 2, see above). */
export function encodeAnnotation(annotation: StoredAnnotation, limits: PageLimits = TEXT_PAGE_LIMITS): string {
  const pages = paginateLines(annotation.paragraphs, limits);
  if (pages.length === 0) pages.push([]);
  const position = new Map(annotation.terms.map((term, at) => [term.id, at]));
  const joins = pageJoins(annotation.paragraphs, pages);
  let occurrence = 0;
  const storedPages = pages.map((lines, index): StoredPage => {
    const withTitle = index === 0 && annotation.title ? [annotation.title, ...lines] : lines;
    const onPage = new Set<number>();
    for (const line of withTitle)
      for (const segment of line) if (segment.type !== 'plain') onPage.add(position.get(mentionTermId(segment)) ?? -1);
    if (onPage.has(-1)) throw new Error('A mention of a term that the annotation does not list');
    const termPositions = [...onPage].sort((a, b) => a - b);
    const encoder = new SegmentEncoder(termPositions.map((at) => annotation.terms[at]!));
    const encodeLine = (line: AnnotatedLine) => line.map((segment) => encoder.encode(withoutOccurrence(segment)));
    const page: StoredPage = { occurrence, join: joins[index]!, terms: termPositions, lines: lines.map(encodeLine) };
    if (index === 0) page.title = annotation.title && encodeLine(annotation.title);
    occurrence += withTitle.reduce((n, line) => n + line.filter(isMention).length, 0);
    return page;
  });
  const header: StoredHeader = {
    format: 2,
    limits,
    terms: annotation.terms.length,
    pages: storedPages.length,
    scripts: scriptCounts(annotation.paragraphs, annotation.terms),
  };
  return [header, annotation.firstMention, ...annotation.terms, ...storedPages]
    .map((part) => JSON.stringify(part))
    .join('\n');
}

const lineLength = (line: AnnotatedLine) => line.reduce((n, segment) => n + segment.text.length, 0);

/** How each page's first line continues the paragraphs (see Join), by the paragraphs' lengths and segment boundaries. */
export function pageJoins(paragraphs: readonly AnnotatedLine[], pages: readonly AnnotatedLine[][]): Join[] {
  let paragraph = 0;
  let consumed = 0;
  let length = lineLength(paragraphs[0] ?? []);
  // Offsets of the current paragraph's segment ends, made when a page starts inside it.
  let boundaries: Set<number> | null = null;
  return pages.map((lines) => {
    let join: Join = 0;
    lines.forEach((line, at) => {
      if (at === 0 && consumed > 0) {
        if (!boundaries) {
          let end = 0;
          boundaries = new Set((paragraphs[paragraph] ?? []).map((segment) => (end += segment.text.length)));
        }
        join = boundaries.has(consumed) ? 1 : 2;
      }
      consumed += lineLength(line);
      if (consumed >= length) {
        paragraph++;
        consumed = 0;
        length = lineLength(paragraphs[paragraph] ?? []);
        boundaries = null;
      }
    });
    return join;
  });
}

function withoutOccurrence(segment: RenderSegment) {
  if (segment.type === 'plain') return segment;
  const mention: Mention & { occurrence?: number } = { ...segment };
  delete mention.occurrence;
  return mention;
}

/** The header and line starts of a format 2 annotation; null for format 1 (read it whole with decodeAnnotation). */
export function readIndex(stored: string): StoredIndex | null {
  const end = stored.indexOf('\n');
  if (end < 0) return null;
  const header = JSON.parse(stored.slice(0, end)) as StoredHeader;
  if (header.format !== 2) throw new Error(`Unknown stored annotation format ${String(header.format)}`);
  const count = 2 + header.terms + header.pages;
  const starts = new Uint32Array(count + 1);
  let start = 0;
  for (let line = 0; line < count; line++) {
    starts[line] = start;
    const next = stored.indexOf('\n', start);
    start = next < 0 ? stored.length + 1 : next + 1;
  }
  starts[count] = start;
  if (start !== stored.length + 1) throw new Error('Stored annotation does not have the lines its header announces');
  return { header, starts };
}

function parseLine<T>(stored: string, { starts }: StoredIndex, line: number): T {
  return JSON.parse(stored.slice(starts[line], starts[line + 1]! - 1)) as T;
}

function decodePageLines(page: StoredPage, terms: readonly TermSummary[]): DecodedPage {
  let occurrence = page.occurrence;
  const firstMention = new Map<string, number>();
  const counts = new Map<string, number>();
  const decodeLine = (line: CompactSegment[]): AnnotatedLine =>
    line.map((compact) => {
      const segment = decodeSegment(compact, terms);
      if (segment.type === 'plain') return segment;
      const id = segment.type === 'term' ? segment.id : segment.termId;
      if (!firstMention.has(id)) firstMention.set(id, occurrence);
      counts.set(id, (counts.get(id) ?? 0) + 1);
      return { ...segment, occurrence: occurrence++ };
    });
  const title = page.title ? decodeLine(page.title) : null;
  const lines = page.lines.map(decodeLine);
  return {
    title,
    lines,
    continues: page.join !== 0,
    terms: terms.map((term) => ({ ...term, count: counts.get(term.id) ?? 0 })),
    firstMention,
  };
}

/** Page `number` (1-based, within header.pages) of a format 2 annotation: parses that page and its terms only. */
export function decodePage(stored: string, index: StoredIndex, number: number): DecodedPage {
  const { terms: termCount, pages } = index.header;
  if (!(number >= 1 && number <= pages)) throw new Error(`Stored annotation has no page ${number}`);
  const page = parseLine<StoredPage>(stored, index, 1 + termCount + number);
  return decodePageLines(
    page,
    page.terms.map((at) => parseLine<TermSummary>(stored, index, 2 + at)),
  );
}

export function decodeAnnotation(stored: string): StoredAnnotation {
  const index = readIndex(stored);
  return index ? decodeV2(stored, index) : decodeV1(stored);
}

function decodeV2(stored: string, index: StoredIndex): StoredAnnotation {
  const { terms: termCount, pages: pageCount } = index.header;
  const firstMention = parseLine<StoredAnnotation['firstMention']>(stored, index, 1);
  const terms = Array.from({ length: termCount }, (_, at) => parseLine<TermSummary>(stored, index, 2 + at));
  const paragraphs: AnnotatedLine[] = [];
  let title: AnnotatedLine | null = null;
  for (let number = 1; number <= pageCount; number++) {
    const stored_ = parseLine<StoredPage>(stored, index, 1 + termCount + number);
    const page = decodePageLines(
      stored_,
      stored_.terms.map((at) => terms[at]!),
    );
    if (number === 1) title = page.title;
    page.lines.forEach((line, at) => {
      const join = at === 0 ? stored_.join : 0;
      const previous = paragraphs.at(-1);
      if (join === 0 || !previous) return void paragraphs.push([...line]);
      const [first, ...rest] = line;
      const last = previous.at(-1);
      if (join === 2 && first?.type === 'plain' && last?.type === 'plain')
        previous[previous.length - 1] = { type: 'plain', text: last.text + first.text };
      else if (first) previous.push(first);
      previous.push(...rest);
    });
  }
  return { title, paragraphs, terms, firstMention };
}

function decodeV1(json: string): StoredAnnotation {
  const encoded = JSON.parse(json) as EncodedAnnotationV1;
  if (encoded.format !== 1) throw new Error(`Unknown stored annotation format ${String(encoded.format)}`);
  let occurrence = 0;
  const decodeLine = (line: EncodedLineV1): AnnotatedLine =>
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
