import { numberedToMarked } from '../annotate';
import type { TextError } from './errors';
import type { StoredAnnotation } from './types';

export const MAX_OVERRIDES = 100;
const HAN_WORD = /^\p{Script=Han}{1,16}$/u;
const NUMBERED_SYLLABLE = /^[a-zü:]+[0-5]?$/;

export interface ReadingInput {
  hanzi: string;
  /** Lowercase numbered pinyin, single spaces: "hua2 wei2". */
  pinyin: string;
}

const invalid = (message: string): { ok: false; error: TextError } => ({ ok: false, error: { status: 400, code: 'invalid_reading', field: 'reading', message } });

/** Checks the shape of a correction: Chinese characters and one numbered pinyin syllable for each. */
export function parseReadingInput(rawHanzi: string, rawPinyin: string): { ok: true; value: ReadingInput } | { ok: false; error: TextError } {
  const hanzi = rawHanzi.trim();
  if (!HAN_WORD.test(hanzi)) return invalid('The term must be 1 to 16 Chinese characters, e.g. "华为".');
  const syllables = rawPinyin.trim().toLowerCase().replace(/v/g, 'ü').split(/\s+/).filter(Boolean);
  if (syllables.length !== [...hanzi].length || !syllables.every((syllable) => NUMBERED_SYLLABLE.test(syllable))) {
    return invalid(`Give one numbered pinyin syllable per character (${[...hanzi].length} for ${hanzi}), e.g. "hua2 wei2" for 华为.`);
  }
  return { ok: true, value: { hanzi, pinyin: syllables.join(' ') } };
}

/**
 * The id of the term that now reads as corrected, if the correction took effect: the term occurs
 * in the text and the engine accepted the reading (it ignores syllables that are not pinyin).
 */
export function correctedTermId(annotation: StoredAnnotation, { hanzi, pinyin }: ReadingInput): string | undefined {
  const marked = numberedToMarked(pinyin);
  const term = annotation.terms.find((t) => (t.id === hanzi || t.simplified === hanzi || t.traditional === hanzi) && t.pinyin === marked);
  return term?.id;
}

export const readingNotApplied = (hanzi: string): TextError => ({
  status: 400,
  code: 'reading_not_applied',
  field: 'reading',
  message: `The correction could not be applied: ${hanzi} does not occur in the text, or the reading is not valid pinyin.`,
});

export const tooManyOverrides: TextError = {
  status: 400,
  code: 'too_many_overrides',
  field: 'reading',
  message: `A text can have at most ${MAX_OVERRIDES} corrected readings.`,
};
