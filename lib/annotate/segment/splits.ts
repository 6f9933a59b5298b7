/**
 * Dictionary words that running text often contains only by accident, where two words meet: 都会
 * "metropolis" in 每个月都会公开 (都 dōu "all" + 会 "will"), 不了 in 不了解 (不 + 了解). Frequencies
 * cannot tell these apart, the next word can. Applied to the segmenter's result.
 */

interface AccidentalWord {
  /** Split into its characters unless the next word starts with one of these (都会的, 都会区). */
  splitUnlessBefore?: string;
  /** Keep the word at the end of a run (繁华的都会。). */
  keepAtEnd?: boolean;
  /** Give the last character to the next word when that word starts with one of these (不了|解 → 不|了解). */
  lastJoinsNextBefore?: string;
}

const ACCIDENTAL_WORDS: Readonly<Record<string, AccidentalWord>> = {
  都会: { splitUnlessBefore: '的之中里区圈人', keepAtEnd: true },
  不了: { lastJoinsNextBefore: '解结' },
};

const MAX_LENGTH = 2;

/**
 * Applies ACCIDENTAL_WORDS to `lengths` (word lengths over `chars`) in place. `isWord` says whether
 * a joined form is a word, so a character is only moved where it makes one.
 */
export function splitAccidentalWords(
  chars: readonly string[],
  lengths: number[],
  isWord: (word: string) => boolean,
): void {
  let at = 0;
  for (let k = 0; k < lengths.length; k++) {
    const len = lengths[k] ?? 1;
    if (len === MAX_LENGTH) {
      const rule = ACCIDENTAL_WORDS[(chars[at] ?? '') + (chars[at + 1] ?? '')];
      const nextLen = lengths[k + 1];
      const next = chars[at + len] ?? '';
      if (
        rule?.splitUnlessBefore !== undefined &&
        (nextLen !== undefined ? !rule.splitUnlessBefore.includes(next) : !rule.keepAtEnd)
      ) {
        lengths.splice(k, 1, 1, 1);
      } else if (rule?.lastJoinsNextBefore?.includes(next) && nextLen !== undefined) {
        const joined = chars.slice(at + 1, at + len + nextLen).join('');
        if (isWord(joined)) lengths.splice(k, 2, 1, nextLen + 1);
      }
    }
    at += len;
  }
}
