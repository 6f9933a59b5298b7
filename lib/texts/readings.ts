import { annotate, numberedToMarked, parseMarked, splitRomanization, type TermSummary } from '../annotate';
import type { TextError } from './errors';
import type { StoredAnnotation } from './types';

export const MAX_OVERRIDES = 100;
const HAN_WORD = /^\p{Script=Han}{1,16}$/u;
/** A syllable with its tone as a digit (5 or 0: neutral). */
const NUMBERED_SYLLABLE = /^[a-zü]+[0-5]$/;

export interface ReadingInput {
  hanzi: string;
  /** Lowercase numbered pinyin, single spaces: "hua2 wei2". */
  pinyin: string;
}

const invalid = (message: string): { ok: false; error: TextError } => ({
  ok: false,
  error: { status: 400, code: 'invalid_reading', field: 'reading', message },
});

/** One syllable as typed, tone-marked ("dōu") or numbered ("dou1"), as a numbered syllable; null if it is neither. */
function numberedSyllable(token: string): string | null {
  if (NUMBERED_SYLLABLE.test(token)) return token;
  const marked = parseMarked(token);
  return marked && marked.tone !== 5 ? `${marked.toneless}${marked.tone}` : null;
}

/**
 * The syllables of a typed reading, numbered: separated ("dōu huì", "dou1 hui4") or run together
 * with tone marks ("dōuhuì", "Huáwéi"); null unless every syllable carries its tone (a digit 5
 * for the neutral tone).
 */
function numberedSyllables(raw: string, count: number): string[] | null {
  const text = raw.trim().normalize('NFC').toLowerCase().replace(/v/g, 'ü').replace(/u:/g, 'ü');
  const tokens = text.split(/\s+/).filter(Boolean);
  if (tokens.length === count) {
    const out = tokens.map(numberedSyllable);
    if (out.every((s): s is string => s !== null)) return out;
  }
  const split = /\d/.test(text) ? null : splitRomanization(text, count);
  if (!split || split.tones.some((tone) => tone === 0)) return null;
  return split.toneless.map((syllable, i) => `${syllable}${split.tones[i]}`);
}

/**
 * Checks the shape of a correction: Chinese characters and one pinyin syllable with its tone for
 * each, typed with tone marks or tone numbers; the reading comes back numbered.
 */
export function parseReadingInput(
  rawHanzi: string,
  rawPinyin: string,
): { ok: true; value: ReadingInput } | { ok: false; error: TextError } {
  const hanzi = rawHanzi.trim();
  if (!HAN_WORD.test(hanzi)) {
    return {
      ok: false,
      error: {
        status: 400,
        code: 'invalid_term',
        field: 'hanzi',
        message: 'The term must be 1 to 16 Chinese characters, e.g. "华为".',
      },
    };
  }
  const syllables = numberedSyllables(rawPinyin, [...hanzi].length);
  if (!syllables) {
    return invalid(
      `Give one pinyin syllable with its tone per character (${[...hanzi].length} for ${hanzi}), e.g. "huá wéi" or "hua2 wei2" for 华为.`,
    );
  }
  return { ok: true, value: { hanzi, pinyin: syllables.join(' ') } };
}

/** `hanzi` in simplified characters, as the engine converts it (term ids and override keys are simplified). */
export async function simplifiedSpelling(hanzi: string): Promise<string> {
  const { segments } = await annotate(hanzi);
  return segments.map((segment) => (segment.type === 'term' ? segment.simplified : segment.text)).join('');
}

/**
 * The id of the text's term that `hanzi` names, in whatever script it is written; for a word that
 * is no term of the text (yet), its simplified spelling.
 */
export async function termKey(annotation: StoredAnnotation, hanzi: string): Promise<string> {
  const written = termWritten(annotation, hanzi);
  if (written) return written.id;
  const simplified = await simplifiedSpelling(hanzi);
  return termWritten(annotation, simplified)?.id ?? simplified;
}

/** The term of the text written `hanzi` (its id, its simplified or its traditional form). */
export function termWritten(annotation: StoredAnnotation, hanzi: string): TermSummary | undefined {
  return annotation.terms.find((term) => term.id === hanzi || term.simplified === hanzi || term.traditional === hanzi);
}

/**
 * The id of the term that now reads as corrected, or why the correction did not take effect: the
 * term does not occur in the text, or the engine refused the reading (syllables that are not pinyin).
 */
export function correctedTermId(
  annotation: StoredAnnotation,
  { hanzi, pinyin }: ReadingInput,
): { ok: true; value: string } | { ok: false; error: TextError } {
  const term = termWritten(annotation, hanzi);
  if (!term) return { ok: false, error: termNotInText(hanzi) };
  if (term.pinyin !== numberedToMarked(pinyin)) return { ok: false, error: readingNotApplied(hanzi) };
  return { ok: true, value: term.id };
}

export const termNotInText = (hanzi: string): TextError => ({
  status: 400,
  code: 'term_not_in_text',
  field: 'hanzi',
  message: `${hanzi} does not occur in the text.`,
});

export const readingNotApplied = (hanzi: string): TextError => ({
  status: 400,
  code: 'reading_not_applied',
  field: 'reading',
  message: `The correction of ${hanzi} could not be applied: the reading is not valid pinyin.`,
});

export const correctionNotFound = (hanzi: string): TextError => ({
  status: 400,
  code: 'correction_not_found',
  field: 'hanzi',
  message: `The text has no corrected reading of ${hanzi} to remove.`,
});

export const tooManyOverrides: TextError = {
  status: 400,
  code: 'too_many_overrides',
  field: 'reading',
  message: `A text can have at most ${MAX_OVERRIDES} corrected readings.`,
};
