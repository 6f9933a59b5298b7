/**
 * Long documents in pages of bounded size. A page's cost (HTML, rendering time) grows with its
 * characters and, above all, its annotated mentions, so both are bounded: whole paragraphs while
 * they fit, and a paragraph longer than a page is cut between segments (a plain segment at a
 * code point). Mentions keep their document-wide numbers, so `#mention-N` names one mention on
 * whichever page it is.
 */
import type { TermSummary } from '../annotate';
import { mentionTermId, type AnnotatedLine, type RenderSegment } from '../annotated-lines';

export interface PageLimits {
  /** Characters of text per page (a paragraph longer than this is cut). */
  maxChars: number;
  /** Annotated mentions per page. */
  maxMentions: number;
}

/** Worst case (every character a different word): about 1 MB of HTML a page (docs/benchmarks.md, bench:abuse). */
export const TEXT_PAGE_LIMITS: PageLimits = { maxChars: 6000, maxMentions: 500 };

/** One page: its lines in order (a line cut across pages is one line on each). */
export type DocumentPage = AnnotatedLine[];

function segmentCost(segment: RenderSegment): { chars: number; mentions: number } {
  return { chars: segment.text.length, mentions: segment.type === 'plain' ? 0 : 1 };
}

/** Cuts the lines into pages within `limits`. Every segment ends up on exactly one page, in order; no page is empty. */
export function paginateLines(lines: readonly AnnotatedLine[], limits: PageLimits): DocumentPage[] {
  const pages: DocumentPage[] = [];
  let page: AnnotatedLine[] = [];
  let chars = 0;
  let mentions = 0;
  const newPage = () => {
    if (page.length > 0) pages.push(page);
    page = [];
    chars = 0;
    mentions = 0;
  };
  const full = () => chars >= limits.maxChars || mentions >= limits.maxMentions;

  for (const line of lines) {
    if (full()) newPage();
    let current: AnnotatedLine = [];
    const endLine = () => {
      if (current.length > 0) page.push(current);
      current = [];
    };
    for (const segment of line) {
      if (segment.type !== 'plain') {
        if (full()) {
          endLine();
          newPage();
        }
        current.push(segment);
        const cost = segmentCost(segment);
        chars += cost.chars;
        mentions += cost.mentions;
        continue;
      }
      // Plain text: as much as fits on this page, the rest on the next ones.
      let rest = segment.text;
      while (rest) {
        if (full()) {
          endLine();
          newPage();
        }
        const room = limits.maxChars - chars;
        const piece = rest.length <= room ? rest : cutAt(rest, room);
        current.push({ type: 'plain', text: piece });
        chars += piece.length;
        rest = rest.slice(piece.length);
      }
    }
    endLine();
  }
  newPage();
  return pages;
}

/** The first `length` UTF-16 units of `text`, not ending inside a surrogate pair (at least one code point). */
function cutAt(text: string, length: number): string {
  let end = Math.max(1, length);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end = end > 1 ? end - 1 : end + 1;
  return text.slice(0, end);
}

/** The terms mentioned on a page (in the document's order), counted on that page, and each one's first mention there. */
export function termsOfPage(
  page: DocumentPage,
  terms: readonly TermSummary[],
): { terms: TermSummary[]; firstMention: Map<string, number> } {
  const counts = new Map<string, number>();
  const firstMention = new Map<string, number>();
  for (const line of page) {
    for (const segment of line) {
      if (segment.type === 'plain') continue;
      const id = mentionTermId(segment);
      counts.set(id, (counts.get(id) ?? 0) + 1);
      if (!firstMention.has(id)) firstMention.set(id, segment.occurrence);
    }
  }
  const onPage = terms.filter((term) => counts.has(term.id)).map((term) => ({ ...term, count: counts.get(term.id)! }));
  return { terms: onPage, firstMention };
}

/** The page number asked for in `?page=`, 1-based; anything else (missing, not a number, out of range) is page 1. */
export function pageNumber(raw: string | string[] | undefined, pageCount: number): number {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || !/^[1-9]\d{0,5}$/.test(value)) return 1;
  const n = Number(value);
  return n <= pageCount ? n : 1;
}
