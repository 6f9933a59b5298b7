import { cached, WeightedLru } from '../cache/weighted-lru';
import { paginateLines, TEXT_PAGE_LIMITS, type DocumentPage } from '../reader/pages';
import { toReaderDocument, type ReaderDocument } from './annotation';
import { documentLang } from './document-lang';
import type { TextRecord } from './types';

/** What the reader needs of a stored text, whatever page is shown: its document, its pages, its language. */
export interface TextReadingView {
  document: ReaderDocument;
  pages: DocumentPage[];
  /** Language of the text (lib/texts/document-lang). */
  lang: string;
}

// By id and version (every write raises it): computed once per version of a text, not per view.
const views = new WeightedLru<TextReadingView>({ maxEntries: 64, maxWeight: 2_000_000 });

/** The text in pages (lib/reader/pages TEXT_PAGE_LIMITS), cached until the text changes. */
export function textReadingView(text: TextRecord): TextReadingView {
  return cached(views, `${text.id}:${text.version}`, text.body.length, () => {
    const document = toReaderDocument(text.annotation);
    return { document, pages: paginateLines(document.paragraphs, TEXT_PAGE_LIMITS), lang: documentLang(text.body, document.paragraphs, document.terms) };
  });
}
