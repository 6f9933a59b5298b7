import { expect, it } from 'vitest';
import { paginateLines, termsOfPage, TEXT_PAGE_LIMITS } from '@/lib/reader/pages';
import type { AnnotatedLine } from '@/lib/annotated-lines';
import { annotateText } from '@/lib/texts/annotation';
import { documentLang } from '@/lib/texts/document-lang';
import { textPageView } from '@/lib/texts/reading-view';
import { hashToken, newManageToken, newTextId } from '@/lib/texts/secrets';
import { storedAnnotationOf } from '@/lib/texts/text-sql';
import type { StoredAnnotation, TextRecord, TextStore } from '@/lib/texts/types';
import { describeEachBackend } from '../support/text-store-backends';
import { encodeFormat1 } from '../support/stored-format-1';

const BODY = [
  `${'Lange Zeile ohne Namen, '.repeat(400)}雷军`,
  '華為和小米都在深圳。'.repeat(300),
  'Kurz: 任正非.',
  '雷军 sagt: 小米 ist gut. '.repeat(300),
].join('\n');

async function storedText(store: TextStore): Promise<{ text: TextRecord; annotation: StoredAnnotation }> {
  const annotation = await annotateText('華為 und 雷军', BODY, {});
  const id = newTextId();
  await store.create({
    id,
    title: '華為 und 雷军',
    body: BODY,
    sourceUrl: null,
    tokenHash: hashToken(newManageToken()),
    overrides: {},
    annotation,
    createdAt: 1,
  });
  const found = await store.get(id);
  if (found.state !== 'active') throw new Error('not stored');
  return { text: found.text, annotation };
}

/** What each page must show: the whole annotation paged as the reader pages it. */
function expectedPage(annotation: StoredAnnotation, page: number) {
  const pages = paginateLines(annotation.paragraphs, TEXT_PAGE_LIMITS);
  const lines = pages[page - 1]!;
  const title = page === 1 ? annotation.title : null;
  return {
    page,
    pageCount: pages.length,
    title,
    lines,
    continues: expect.any(Boolean) as unknown,
    ...termsOfPage(title ? [title, ...lines] : lines, annotation.terms),
    lang: documentLang(BODY, annotation.paragraphs, annotation.terms),
  };
}

/** The paragraphs' texts put together from pages: a page's first line joins the previous page's last line if it `continues`. */
function paragraphTexts(pages: ReadonlyArray<{ lines: AnnotatedLine[]; continues: boolean }>): string[] {
  const texts: string[] = [];
  for (const { lines, continues } of pages) {
    lines.forEach((line, at) => {
      const text = line.map((segment) => segment.text).join('');
      if (at === 0 && continues) texts[texts.length - 1] += text;
      else texts.push(text);
    });
  }
  return texts;
}

describeEachBackend('a text stored in %s, page by page', (db) => {
  it('shows every page as the whole annotation paged would, reading only that page', async () => {
    const { text, annotation } = await storedText(db.texts);
    // Read from the store, the record carries its stored pages; a copy (e.g. after an edit) does not.
    expect(storedAnnotationOf(text)?.split('\n')[0]).toContain('"format":2');
    expect(storedAnnotationOf({ ...text })).toBeUndefined();
    const pageCount = paginateLines(annotation.paragraphs, TEXT_PAGE_LIMITS).length;
    expect(pageCount).toBeGreaterThan(3);
    const views = Array.from({ length: pageCount }, (_, at) => textPageView(text, String(at + 1)));
    views.forEach((view, at) => expect(view).toEqual(expectedPage(annotation, at + 1)));
    // Paragraphs cut between pages are marked: put together, the pages give back the paragraphs.
    expect(views.some((view) => view.continues)).toBe(true);
    expect(paragraphTexts(views)).toEqual(
      annotation.paragraphs.map((line) => line.map((segment) => segment.text).join('')),
    );
    // The same for a record not read from a store (the whole annotation paged, e.g. after an edit).
    expect(
      paragraphTexts(views.map((_, at) => textPageView({ ...text, id: `${text.id}-copy` }, String(at + 1)))),
    ).toEqual(paragraphTexts(views));
    // Out of range or not a number: page 1.
    expect(textPageView(text, String(pageCount + 1)).page).toBe(1);
    expect(textPageView(text, 'x').page).toBe(1);
  });

  it('opens texts stored before pages were stored (format 1)', async () => {
    const { text, annotation } = await storedText(db.texts);
    await db.scratch.query('UPDATE texts SET annotation = ? WHERE id = ?', [encodeFormat1(annotation), text.id]);
    const found = await db.texts.get(text.id);
    if (found.state !== 'active') throw new Error('not stored');
    expect(found.text.annotation).toEqual(annotation);
    expect(textPageView(found.text, '2')).toEqual(expectedPage(annotation, 2));
  });
});
