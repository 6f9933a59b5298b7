import { compactTextAnnotation } from './compact-annotation';
import { textPageView, type TextPageView } from '../texts/reading-view';
import type { TextRecord } from '../texts/types';

/**
 * A stored text as the API shows it: everything but the token hash, and one page of its
 * annotation (the reader's pages, lib/reader/pages), compact (lib/api/compact-annotation), with
 * the links to the pages before and after it. A page costs the same whatever the text's length:
 * a text stored in pages has only that page read (lib/texts/reading-view).
 */
export function textJson(text: TextRecord, view: TextPageView = textPageView(text, undefined)) {
  const path = `/api/texts/${text.id}`;
  const { terms, title, paragraphs } = compactTextAnnotation({
    terms: view.terms,
    title: view.title,
    paragraphs: view.lines,
  });
  return {
    id: text.id,
    title: text.title || null,
    // The whole text once, with page 1: repeated on every page, it would be most of each answer.
    text: view.page === 1 ? text.body : null,
    sourceUrl: text.sourceUrl,
    overrides: text.overrides,
    // The owner's corrections of single words, splits, joins and meanings, already applied in `annotation`.
    corrections: text.corrections,
    // What a change of a word, of the text, or undo must send back (PATCH `version`): it was made on this version.
    version: text.version,
    createdAt: new Date(text.createdAt).toISOString(),
    updatedAt: new Date(text.updatedAt).toISOString(),
    page: view.page,
    pageCount: view.pageCount,
    previousPage: view.page > 1 ? `${path}?page=${view.page - 1}` : null,
    nextPage: view.page < view.pageCount ? `${path}?page=${view.page + 1}` : null,
    annotation: { terms, title, paragraphs, continues: view.continues },
  };
}

/** The manage token from `Authorization: Bearer <token>`. */
export function bearerToken(request: Request): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '');
  return match?.[1] ?? null;
}
