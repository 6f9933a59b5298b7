import type { WordAnchor } from './correction-types';

/** Where a word is in the document as annotated: its line (title first, if any) and its start in the line (UTF-16 code units). */
export interface WordPlace {
  line: number;
  start: number;
}

/** A sentence ends after 。！？；… (Chinese or Latin) and the closing quotes and brackets after them. */
const SENTENCE_END = /[。！？；!?;…]+[”’」』）)\]]*/gu;

/** The sentences of one line, as [start, end) ranges covering it. */
export function sentenceRanges(line: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  for (const match of line.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    ranges.push([start, end]);
    start = end;
  }
  if (start < line.length || ranges.length === 0) ranges.push([start, line.length]);
  return ranges;
}

/** Where each line starts in the document (lines joined by one line break). */
function lineStarts(lines: readonly string[]): number[] {
  let at = 0;
  return lines.map((line) => {
    const start = at;
    at += line.length + 1;
    return start;
  });
}

/** The anchor of the word `length` code units long at `place` in `lines`. */
export function anchorAt(lines: readonly string[], place: WordPlace, length: number): WordAnchor {
  const line = lines[place.line] ?? '';
  const [start, end] = sentenceRanges(line).find(([, sentenceEnd]) => place.start < sentenceEnd) ?? [0, line.length];
  return {
    text: line.slice(place.start, place.start + length),
    sentence: line.slice(start, end),
    offset: place.start - start,
    near: (lineStarts(lines)[place.line] ?? 0) + start,
  };
}

/**
 * Where the anchored word is now: in a sentence equal to the anchor's, at the same offset (the
 * one that started nearest to where the anchor's did, if the sentence occurs more than once);
 * null if no such sentence is left.
 */
export function locateAnchor(lines: readonly string[], anchor: WordAnchor): WordPlace | null {
  const starts = lineStarts(lines);
  let best: { place: WordPlace; distance: number } | null = null;
  lines.forEach((line, index) => {
    for (let from = line.indexOf(anchor.sentence); from !== -1; from = line.indexOf(anchor.sentence, from + 1)) {
      // The same characters inside a longer sentence are another sentence.
      const isSentence = sentenceRanges(line).some(
        ([start, end]) => start === from && end === from + anchor.sentence.length,
      );
      if (!isSentence) continue;
      const distance = Math.abs((starts[index] ?? 0) + from - anchor.near);
      if (!best || distance < best.distance) best = { place: { line: index, start: from + anchor.offset }, distance };
    }
  });
  return (best as { place: WordPlace } | null)?.place ?? null;
}
