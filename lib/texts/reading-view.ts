import { cached, WeightedLru } from '../cache/weighted-lru';
import type { AnnotatedLine } from '../annotated-lines';
import type { TermSummary } from '../annotate';
import { pageNumber, paginateLines, termsOfPage, TEXT_PAGE_LIMITS, type DocumentPage } from '../reader/pages';
import {
  decodePage,
  pageJoins,
  readIndex,
  type DecodedPage,
  type StoredHeader,
  type StoredIndex,
} from './annotation-codec';
import { toReaderDocument, type ReaderDocument } from './annotation';
import { documentLang, documentLangOf } from './document-lang';
import { storedAnnotationOf } from './text-sql';
import type { TextRecord } from './types';

/** One page of a text as the reader shows it. */
export interface TextPageView {
  /** 1-based, within pageCount. */
  page: number;
  pageCount: number;
  /** The annotated title on page 1 (null on later pages and for an untitled text). */
  title: AnnotatedLine | null;
  lines: AnnotatedLine[];
  /** Whether the page's first line continues the previous page's last paragraph. */
  continues: boolean;
  /** The page's terms in document order, counted on this page, and each one's first mention on it. */
  terms: TermSummary[];
  firstMention: Map<string, number>;
  /** Language of the text (lib/texts/document-lang). */
  lang: string;
}

// By id and version (every write raises it), so an entry is never stale; users must not mutate them.
const indexes = new WeightedLru<{ index: StoredIndex; lang: string }>({ maxEntries: 256, maxWeight: 4 * 1024 * 1024 });
const pages = new WeightedLru<DecodedPage>({ maxEntries: 256, maxWeight: 16 * 1024 * 1024 });

/**
 * Page `requested` (`?page=`; anything invalid is page 1) of a text. A text stored in pages
 * (annotation format 2, lib/texts/annotation-codec) has only that page parsed, so the cost of a
 * page does not grow with the text's length; anything else (format 1, a record not read from a
 * store, pages of other limits) is decoded and paginated whole, once per version.
 */
export function textPageView(text: TextRecord, requested: string | string[] | undefined): TextPageView {
  const stored = storedAnnotationOf(text);
  const key = `${text.id}:${text.version}`;
  // Weighed by its line count (4 bytes each); null (format 1) is not cached.
  const meta =
    stored === undefined
      ? null
      : (indexes.get(key) ??
        (() => {
          const index = readIndex(stored);
          if (!index) return null;
          const value = { index, lang: documentLangOf(text.body, () => index.header.scripts) };
          indexes.set(key, value, index.starts.length);
          return value;
        })());
  if (stored === undefined || !meta || !sameLimits(meta.index.header.limits))
    return fromWholeView(textReadingView(text), requested);
  const pageCount = meta.index.header.pages;
  const page = pageNumber(requested, pageCount);
  const decoded = cached(pages, `${key}:${page}`, 1, () => decodePage(stored, meta.index, page));
  return { page, pageCount, ...decoded, lang: meta.lang };
}

const sameLimits = (limits: StoredHeader['limits']) =>
  limits.maxChars === TEXT_PAGE_LIMITS.maxChars && limits.maxMentions === TEXT_PAGE_LIMITS.maxMentions;

function fromWholeView(
  { document, pages: all, joins, lang }: TextReadingView,
  requested: string | string[] | undefined,
): TextPageView {
  const pageCount = Math.max(1, all.length);
  const page = pageNumber(requested, pageCount);
  const lines = all[page - 1] ?? [];
  const title = page === 1 ? document.title : null;
  const onPage = termsOfPage(title ? [title, ...lines] : lines, document.terms);
  return { page, pageCount, title, lines, continues: (joins[page - 1] ?? 0) !== 0, ...onPage, lang };
}

/** A whole text and its pages. */
interface TextReadingView {
  document: ReaderDocument;
  pages: DocumentPage[];
  /** Per page: how its first line continues the paragraphs (0: it does not). */
  joins: number[];
  lang: string;
}

const views = new WeightedLru<TextReadingView>({ maxEntries: 64, maxWeight: 2_000_000 });

/** The text decoded whole and in pages (lib/reader/pages TEXT_PAGE_LIMITS), cached until the text changes. */
function textReadingView(text: TextRecord): TextReadingView {
  return cached(views, `${text.id}:${text.version}`, text.body.length, () => {
    const document = toReaderDocument(text.annotation);
    const pages = paginateLines(document.paragraphs, TEXT_PAGE_LIMITS);
    return {
      document,
      pages,
      joins: pageJoins(document.paragraphs, pages),
      lang: documentLang(text.body, document.paragraphs, document.terms),
    };
  });
}
