import { describe, expect, it } from 'vitest';
import { sentenceAround, sentenceRanges } from '@/lib/sentences';

const sentences = (text: string) => sentenceRanges(text).map((r) => text.slice(r.start, r.end).trim());
const around = (text: string, word: string) => {
  const start = text.indexOf(word);
  const r = sentenceAround(text, start, start + word.length);
  return text.slice(r.start, r.end);
};

describe('sentences', () => {
  it('splits at periods, question and exclamation marks followed by a new sentence', () => {
    expect(sentences('Xiaomi hat Ziele. Welche? Viele! "Gut so." Ende')).toEqual([
      'Xiaomi hat Ziele.',
      'Welche?',
      'Viele!',
      '"Gut so."',
      'Ende',
    ]);
  });

  it('keeps abbreviations, initials and German ordinal dates inside the sentence', () => {
    expect(sentences('Das sind z. B. 3 Mio. Geräte von Dr. Wang. Am 3. März 2022 kam er nach Xi’an. Fertig.')).toEqual([
      'Das sind z. B. 3 Mio. Geräte von Dr. Wang.',
      'Am 3. März 2022 kam er nach Xi’an.',
      'Fertig.',
    ]);
  });

  it('does not split before a lowercase word or inside numbers', () => {
    expect(sentences('Er kam ca. um 10.30 Uhr. Dann ging er… und kam wieder.')).toEqual([
      'Er kam ca. um 10.30 Uhr.',
      'Dann ging er… und kam wieder.',
    ]);
  });

  it('covers the whole text, spaces included', () => {
    const text = 'Eins. Zwei.  Drei';
    const ranges = sentenceRanges(text);
    expect(ranges.map((r) => text.slice(r.start, r.end)).join('')).toBe(text);
    expect(sentenceRanges('')).toEqual([{ start: 0, end: 0 }]);
  });

  it('finds the sentence around a word, trimmed', () => {
    const text =
      'Dies ist ein Zuwachs von 70 Prozent im Jahresvergleich. Laut Xiaomi-CEO und President Lei Jun (雷军) ist es ein Rekord für das Unternehmen. Das nächste Ziel folgt.';
    expect(around(text, '雷军')).toBe(
      'Laut Xiaomi-CEO und President Lei Jun (雷军) ist es ein Rekord für das Unternehmen.',
    );
    expect(around(text, 'Ziel')).toBe('Das nächste Ziel folgt.');
    expect(around(text, 'Dies')).toBe('Dies ist ein Zuwachs von 70 Prozent im Jahresvergleich.');
    expect(around('Firmengründer von Xiaomi Lei Jun. (Quelle: Xiaomi)', 'Lei Jun')).toBe(
      'Firmengründer von Xiaomi Lei Jun.',
    );
  });

  it('returns both sentences for a range that spans a boundary', () => {
    const text = 'Eins zwei. Drei vier.';
    expect(sentenceAround(text, 5, 14)).toEqual({ start: 0, end: text.length });
  });
});
