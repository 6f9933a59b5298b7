/**
 * Dictionary order: alphabetical by toneless pinyin, syllable by syllable (so xī ān 西安 comes
 * before xiān 先), then ü after u (lu 路, lü 绿, luan 乱, as 现代汉语词典 orders them), then by
 * tones, then by the characters.
 */
import { TERM_KINDS, type Syllable } from '../annotate';
import { tonelessPinyin, withoutToneMarks } from '../pinyin/toneless';
import type { GlossaryEntry, GlossarySort } from './types';

function compareLists<T>(a: readonly T[], b: readonly T[], compare: (x: T, y: T) => number): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const order = compare(a[i]!, b[i]!);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function comparePinyin(
  a: { simplified: string; syllables: readonly Syllable[] },
  b: { simplified: string; syllables: readonly Syllable[] },
): number {
  return (
    compareLists(
      a.syllables.map((s) => tonelessPinyin(s.pinyin)),
      b.syllables.map((s) => tonelessPinyin(s.pinyin)),
      compareStrings,
    ) ||
    // "lü" after "lu": ü (U+00FC) sorts after u.
    compareLists(
      a.syllables.map((s) => withoutToneMarks(s.pinyin)),
      b.syllables.map((s) => withoutToneMarks(s.pinyin)),
      compareStrings,
    ) ||
    compareLists(
      a.syllables.map((s) => s.tone),
      b.syllables.map((s) => s.tone),
      (x, y) => x - y,
    ) ||
    compareStrings(a.simplified, b.simplified)
  );
}

export function sortEntries(entries: readonly GlossaryEntry[], sort: GlossarySort): GlossaryEntry[] {
  const byKind = (a: GlossaryEntry, b: GlossaryEntry) => TERM_KINDS.indexOf(a.kind) - TERM_KINDS.indexOf(b.kind);
  return [...entries].sort((a, b) => (sort === 'kind' ? byKind(a, b) : 0) || comparePinyin(a, b));
}

export interface EntryGroup {
  /** The initial letter ("L") when sorted by pinyin, the kind ("person") when sorted by kind. */
  key: string;
  entries: GlossaryEntry[];
}

/** Sorted and grouped: by initial letter of the pinyin, or by kind (each group in pinyin order). */
export function groupEntries(entries: readonly GlossaryEntry[], sort: GlossarySort): EntryGroup[] {
  const groups: EntryGroup[] = [];
  for (const entry of sortEntries(entries, sort)) {
    const key =
      sort === 'kind'
        ? entry.kind
        : tonelessPinyin(entry.syllables[0]?.pinyin ?? '')
            .charAt(0)
            .toUpperCase();
    const last = groups.at(-1);
    if (last?.key === key) last.entries.push(entry);
    else groups.push({ key, entries: [entry] });
  }
  return groups;
}
