import type { TermSummary } from '../annotate';

/** The terms a preview shows: the most mentioned first, ties in order of first appearance. */
export function keyTerms(terms: readonly TermSummary[], max: number): TermSummary[] {
  return terms
    .map((term, index) => ({ term, index }))
    .sort((a, b) => b.term.count - a.term.count || a.index - b.index)
    .slice(0, max)
    .map(({ term }) => term);
}

export interface CardMetrics {
  /** Width of one hanzi (a CJK glyph is square: the font size). */
  hanziWidth: number;
  /** Average width of one pinyin character. */
  pinyinCharWidth: number;
  /** Padding and border of a card, both sides. */
  cardPadding: number;
  gap: number;
}

/** Estimated width of a term's card: the wider of its hanzi line and its pinyin line. */
export function cardWidth(term: TermSummary, m: CardMetrics): number {
  return Math.max([...term.simplified].length * m.hanziWidth, term.pinyin.length * m.pinyinCharWidth) + m.cardPadding;
}

/** The leading terms whose cards fit side by side in `width` (at least one). */
export function termsThatFit(terms: readonly TermSummary[], width: number, m: CardMetrics): TermSummary[] {
  const fitting: TermSummary[] = [];
  let used = 0;
  for (const term of terms) {
    const next = used + (fitting.length > 0 ? m.gap : 0) + cardWidth(term, m);
    if (fitting.length > 0 && next > width) break;
    fitting.push(term);
    used = next;
  }
  return fitting;
}
