import { describe, expect, it } from 'vitest';
import { annotateText } from '@/lib/texts/annotation';
import { decodeAnnotation, encodeAnnotation } from '@/lib/texts/annotation-codec';

const TEXT = 'Xiaomi (小米) wurde von 雷军 gegründet.\n\n小米 wächst; Xiaomis Chef 雷军 und 華為 auch.\n' + '雷军 sagt: 小米 ist gut. '.repeat(200);

describe('stored annotation codec', () => {
  it('gives back exactly the annotation it was given, mention numbers included', async () => {
    const annotation = await annotateText('小米 und 雷军', TEXT, { 雷军: 'lei4 jun1' });
    expect(decodeAnnotation(encodeAnnotation(annotation))).toEqual(annotation);
    const untitled = await annotateText('', 'Nur Deutsch, keine Namen.', {});
    expect(decodeAnnotation(encodeAnnotation(untitled))).toEqual(untitled);
  });

  it('stores each distinct mention once', async () => {
    const annotation = await annotateText('', TEXT, {});
    const mentions = annotation.paragraphs.flat().filter((segment) => segment.type !== 'plain');
    expect(mentions.length).toBeGreaterThan(400);
    const encoded = encodeAnnotation(annotation);
    expect(JSON.parse(encoded).mentions).toHaveLength(new Set(mentions.map((m) => JSON.stringify({ ...m, occurrence: undefined }))).size);
    expect(encoded.length * 10).toBeLessThan(JSON.stringify(annotation).length);
  });

  it('refuses a format it does not know', () => {
    expect(() => decodeAnnotation('{"format":2}')).toThrow('Unknown stored annotation format 2');
  });
});
