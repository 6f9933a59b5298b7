/** Writing readings and characters the way the reader chose (./display-options). Server-side: zhuyin comes from pinyin-zhuyin. */
import { pinyinToZhuyin } from 'pinyin-zhuyin';
import type { Syllable, TermSummary } from '../annotate';
import { withoutToneMarks } from '../pinyin/toneless';
import type { PinyinForm, ScriptChoice } from './display-options';

export type { Display, PinyinForm, ScriptChoice } from './display-options';

/** "lǜ" (tone 4) → "lü4"; the neutral tone is 5, as CC-CEDICT writes it. */
function numbered(s: Syllable): string {
  return `${withoutToneMarks(s.pinyin)}${s.tone}`;
}

/** "ma" (neutral) → "˙ㄇㄚ": the neutral-tone dot goes first in zhuyin (pinyin-zhuyin puts it last). */
function zhuyin(s: Syllable): string {
  const z = pinyinToZhuyin(s.pinyin);
  return z.endsWith('˙') ? `˙${z.slice(0, -1)}` : z;
}

/** One syllable as the reader wants it written. */
export function formatSyllable(s: Syllable, form: PinyinForm): string {
  if (form === 'numbers') return numbered(s);
  if (form === 'zhuyin') return zhuyin(s);
  return s.pinyin;
}

/** A term's reading as one string, syllables separated by spaces. */
export function formatReading(syllables: readonly Syllable[], form: PinyinForm): string {
  return syllables.map((s) => formatSyllable(s, form)).join(' ');
}

/**
 * The characters to show for a mention written `written` (one per syllable) of `term`: as
 * written, or in the chosen script where the dictionary knows the term's other form.
 */
export function displayCharacters(
  written: readonly string[],
  term: Pick<TermSummary, 'simplified' | 'traditional'>,
  script: ScriptChoice,
): string[] {
  if (script === 'original') return [...written];
  const target = script === 'traditional' ? (term.traditional ?? term.simplified) : term.simplified;
  const chars = Array.from(target);
  return chars.length === written.length ? chars : [...written];
}

/** The BCP 47 tag of Chinese shown in `script` (the tag of the text as written when unchanged). */
export function scriptLang(script: ScriptChoice, written: 'zh-Hans' | 'zh-Hant'): 'zh-Hans' | 'zh-Hant' {
  return script === 'traditional' ? 'zh-Hant' : script === 'simplified' ? 'zh-Hans' : written;
}
