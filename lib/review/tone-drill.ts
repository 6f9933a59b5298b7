/**
 * The tone drill on saved words: the learner sees a word's syllables without tones and picks each
 * syllable's tone (1–4, 5 for the neutral tone); each syllable is then right or wrong, and the
 * correct pinyin is shown. Pure and client-safe (the pinyin helpers have no dependencies).
 */
import { markSyllable, parseMarked } from '../pinyin/spelling';
import type { Tone } from '../pinyin/tone';
import type { SavedWord } from '../saved-words/store';

export const DRILL_TONES: readonly Tone[] = [1, 2, 3, 4, 5];

export interface DrillSyllable {
  /** The character read with this syllable, when the word has one character per syllable. */
  hanzi: string | null;
  /** "lei": what the learner sees before choosing. */
  toneless: string;
  tone: Tone;
  /** "léi" */
  marked: string;
}

export interface DrillWord {
  hanzi: string;
  syllables: DrillSyllable[];
  meaning: string;
  meaningLang?: string;
}

/**
 * The syllables of a saved word's pinyin ("Léi Jūn", "xiǎo mǐ"); null when the pinyin is not
 * tone-marked syllables separated by spaces (nothing to drill).
 */
export function drillSyllables(word: Pick<SavedWord, 'hanzi' | 'pinyin'>): DrillSyllable[] | null {
  const tokens = word.pinyin
    .trim()
    .toLowerCase()
    .split(/[\s·'’-]+/)
    .filter(Boolean);
  const parsed = tokens.map((token) => parseMarked(token.normalize('NFC')));
  if (parsed.length === 0 || parsed.some((p) => p === null)) return null;
  const characters = [...word.hanzi].filter((c) => /\p{Script=Han}/u.test(c));
  const perSyllable = characters.length === parsed.length;
  return parsed.map((p, i) => ({
    hanzi: perSyllable ? characters[i]! : null,
    toneless: p!.toneless,
    tone: p!.tone,
    marked: p!.marked,
  }));
}

/** The saved words that can be drilled, in the order given. */
export function drillWords(words: readonly SavedWord[]): DrillWord[] {
  return words.flatMap((word) => {
    const syllables = drillSyllables(word);
    return syllables
      ? [
          {
            hanzi: word.hanzi,
            syllables,
            meaning: word.meaning,
            ...(word.meaningLang ? { meaningLang: word.meaningLang } : {}),
          },
        ]
      : [];
  });
}

export interface SyllableResult {
  right: boolean;
  /** The syllable with the tone the learner chose: "lěi". */
  chosen: string;
  /** The syllable as it is read: "léi". */
  correct: string;
}

/** Each syllable right or wrong; `picked` holds one tone per syllable. */
export function checkTones(syllables: readonly DrillSyllable[], picked: readonly Tone[]): SyllableResult[] {
  if (picked.length !== syllables.length) throw new Error(`expected ${syllables.length} tones, got ${picked.length}`);
  return syllables.map((s, i) => ({
    right: picked[i] === s.tone,
    chosen: markSyllable(s.toneless, picked[i]!),
    correct: s.marked,
  }));
}

/** The tone a key chooses: 1–4, and 5 or 0 for the neutral tone; null for any other key. */
export function toneOfKey(key: string): Tone | null {
  if (key === '0') return 5;
  return /^[1-5]$/.test(key) ? (Number(key) as Tone) : null;
}
