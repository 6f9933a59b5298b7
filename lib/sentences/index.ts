/**
 * The sentence around a word in German (or English) text, for example sentences and saved words.
 * Intl.Segmenter splits after every period, so "z. B.", "Dr. Wang" and "3. März" would each end
 * a sentence; these rules keep them together. Runs in the browser too: no dependencies.
 */

/** Words written with a period that do not end a sentence (lowercase, without the period). */
const ABBREVIATIONS = new Set([
  'bzw',
  'ca',
  'co',
  'corp',
  'dr',
  'etc',
  'evtl',
  'ggf',
  'hr',
  'inc',
  'inkl',
  'jh',
  'jr',
  'ltd',
  'mio',
  'mr',
  'mrd',
  'mrs',
  'ms',
  'nr',
  'prof',
  'sr',
  'st',
  'str',
  'tsd',
  'usw',
  'vgl',
  'vs',
  'zb',
]);

const MONTHS = /^(januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)\b/i;
/** A sentence end: punctuation, closing quotes or brackets, then space. */
const BOUNDARY = /[.!?…]+["'”’“»«)\]]*\s+/g;
/** What a new sentence starts with: a capital, a digit, an opening quote or bracket, or a Han character. */
const SENTENCE_START = /^["'„“‚‘»«(\[]*[\p{Lu}\p{Lt}\d\p{Script=Han}]/u;

interface TextRange {
  start: number;
  end: number;
}

function endsSentence(text: string, boundary: string, at: number, nextStart: number): boolean {
  const rest = text.slice(nextStart);
  if (!SENTENCE_START.test(rest)) return false;
  // Only a single period can be an abbreviation's; "!", "?", "…" and "..." always end a sentence.
  if (!/^\.(?!\.)/.test(boundary)) return true;
  const word = /[\p{L}\p{N}]+$/u.exec(text.slice(0, at))?.[0] ?? '';
  if (/^\p{L}$/u.test(word)) return false; // z. B., u. a., an initial
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (/^\d+$/.test(word) && MONTHS.test(rest)) return false; // 3. März
  return true;
}

/** The sentences of `text` as ranges that cover it completely, trailing space included. */
export function sentenceRanges(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    if (end >= text.length) break;
    if (!endsSentence(text, match[0], match.index, end)) continue;
    ranges.push({ start, end });
    start = end;
  }
  if (start < text.length || ranges.length === 0) ranges.push({ start, end: text.length });
  return ranges;
}

/** The sentence containing the range [start, end), trimmed; the whole text if it spans several. */
export function sentenceAround(text: string, start: number, end = start): TextRange {
  const ranges = sentenceRanges(text);
  const first = ranges.find((r) => start < r.end) ?? ranges.at(-1)!;
  const last = ranges.find((r) => Math.max(end, start + 1) <= r.end) ?? ranges.at(-1)!;
  return trimRange(text, { start: first.start, end: last.end });
}

function trimRange(text: string, range: TextRange): TextRange {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
