/** Tone-mark data: letters with marks per tone, and combining marks → tone. */
import type { Tone } from './tone';

/** Index 0 = tone 1 … index 3 = tone 4. Combining marks where Unicode has no precomposed letter. */
export const MARKED: Readonly<Record<string, readonly [string, string, string, string]>> = {
  a: ['ā', 'á', 'ǎ', 'à'],
  e: ['ē', 'é', 'ě', 'è'],
  i: ['ī', 'í', 'ǐ', 'ì'],
  o: ['ō', 'ó', 'ǒ', 'ò'],
  u: ['ū', 'ú', 'ǔ', 'ù'],
  ü: ['ǖ', 'ǘ', 'ǚ', 'ǜ'],
  ê: ['ê\u0304', 'ế', 'ê\u030c', 'ề'],
  m: ['m\u0304', 'ḿ', 'm\u030c', 'm\u0300'],
  n: ['n\u0304', 'ń', 'ň', 'ǹ'],
};

/** NFD combining mark → tone. U+0306 (breve) is the common mistyping of the caron. */
export const TONE_OF_COMBINING: Readonly<Record<string, Tone>> = {
  '\u0304': 1,
  '\u0301': 2,
  '\u030c': 3,
  '\u0306': 3,
  '\u0300': 4,
};
