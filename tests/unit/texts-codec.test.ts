import { describe, expect, it } from 'vitest';
import { paginateLines, termsOfPage, TEXT_PAGE_LIMITS } from '@/lib/reader/pages';
import { annotateText } from '@/lib/texts/annotation';
import { decodeAnnotation, decodePage, encodeAnnotation, readIndex } from '@/lib/texts/annotation-codec';
import { encodeFormat1 } from '../support/stored-format-1';

const TEXT =
  'Xiaomi (小米) wurde von 雷军 gegründet.\n\n小米 wächst; Xiaomis Chef 雷军 und 華為 auch.\n' +
  '雷军 sagt: 小米 ist gut. '.repeat(200);
// Several pages: long paragraphs cut inside plain text and between mentions, traditional characters.
const LONG = [
  `${'Lange Zeile ohne Namen, '.repeat(400)}雷军`,
  '華為和小米都在深圳。'.repeat(300),
  'Kurz: 任正非.',
  '雷军 sagt: 小米 ist gut. '.repeat(300),
].join('\n');

describe('stored annotation codec', () => {
  it('gives back exactly the annotation it was given, mention numbers included', async () => {
    const annotation = await annotateText('小米 und 雷军', TEXT, { 雷军: 'lei4 jun1' });
    expect(decodeAnnotation(encodeAnnotation(annotation))).toEqual(annotation);
    const untitled = await annotateText('', 'Nur Deutsch, keine Namen.', {});
    expect(decodeAnnotation(encodeAnnotation(untitled))).toEqual(untitled);
    const long = await annotateText('華為', LONG, {});
    expect(readIndex(encodeAnnotation(long))!.header.pages).toBeGreaterThan(3);
    expect(decodeAnnotation(encodeAnnotation(long))).toEqual(long);
  });

  it('still reads texts stored in format 1', async () => {
    const annotation = await annotateText('小米 und 雷军', LONG, {});
    expect(readIndex(encodeFormat1(annotation))).toBeNull();
    expect(decodeAnnotation(encodeFormat1(annotation))).toEqual(annotation);
  });

  it('reads one page as the reader pages the whole text, without parsing the other pages', async () => {
    const annotation = await annotateText('華為', LONG, {});
    const stored = encodeAnnotation(annotation);
    const index = readIndex(stored)!;
    const pages = paginateLines(annotation.paragraphs, TEXT_PAGE_LIMITS);
    expect(index.header.pages).toBe(pages.length);
    for (let number = 1; number <= pages.length; number++) {
      const lines = pages[number - 1]!;
      const title = number === 1 ? annotation.title : null;
      const expected = termsOfPage(title ? [title, ...lines] : lines, annotation.terms);
      // A page continues the previous page's paragraph when that page ended inside it (texts-reading-view.test.ts checks where).
      expect(decodePage(stored, index, number)).toEqual({
        title,
        lines,
        continues: expect.any(Boolean) as unknown,
        terms: expected.terms,
        firstMention: expected.firstMention,
      });
    }
    // Page 1 does not depend on the others: damage the last page and read the first.
    const damaged = stored.slice(0, stored.lastIndexOf('\n') + 1) + '{not json';
    expect(decodePage(damaged, index, 1).lines).toEqual(pages[0]);
    expect(() => decodeAnnotation(damaged)).toThrow();
  });

  it('writes each term once, mentions as numbers', async () => {
    const annotation = await annotateText('', LONG, {});
    const mentions = annotation.paragraphs.flat().filter((segment) => segment.type !== 'plain');
    expect(mentions.length).toBeGreaterThan(1000);
    const encoded = encodeAnnotation(annotation);
    const lines = encoded.split('\n');
    const terms = lines.slice(2, 2 + annotation.terms.length).map((line) => (JSON.parse(line) as { id: string }).id);
    expect(terms).toEqual(annotation.terms.map((term) => term.id));
    expect(lines.filter((line) => line.includes('"meanings"'))).toHaveLength(annotation.terms.length);
    expect(encoded.length * 10).toBeLessThan(JSON.stringify(annotation).length);
  });

  it('refuses a format it does not know', () => {
    expect(() => decodeAnnotation('{"format":2}')).toThrow('Unknown stored annotation format 2');
    expect(() => decodeAnnotation('{"format":3}\n{}')).toThrow('Unknown stored annotation format 3');
  });
});
