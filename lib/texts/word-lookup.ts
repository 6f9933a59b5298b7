import {
  parseMarked,
  type Annotator,
  type Lexicon,
  type Syllable,
  type TermSegment,
  type TermSummary,
} from '../annotate';

/** A word read on its own by the engine: its segment (written as given) and its summary (meanings, HSK level, traditional form). */
export interface LookedUpWord {
  segment: TermSegment;
  summary: TermSummary;
}

/**
 * `written` read as one word: with `reading` (numbered pinyin) it takes the meaning of the
 * dictionary entry of that reading (the engine does that for a corrected reading); without, the
 * engine's own reading if it reads `written` as one word. Null when it does not (a reading the
 * engine refuses, or characters it cuts into several words).
 */
export function lookUpWord(annotator: Annotator, written: string, reading: string | null): LookedUpWord | null {
  const annotated = annotator.annotate(written, reading ? { overrides: { [written]: reading } } : undefined);
  const [segment, ...rest] = annotated.segments;
  const summary = annotated.terms[0];
  if (rest.length > 0 || segment?.type !== 'term' || !summary) return null;
  return { segment, summary };
}

/** Syllables as numbered pinyin ("hai2 zi5"); null if one of them has no reading (a rare character). */
export function numberedReading(syllables: readonly Syllable[]): string | null {
  const numbered: string[] = [];
  for (const syllable of syllables) {
    const parsed = parseMarked(syllable.pinyin);
    if (!syllable.pinyin || !parsed) return null;
    numbered.push(`${parsed.toneless}${syllable.tone}`);
  }
  return numbered.join(' ');
}

/** One reading the dictionary has for a word: numbered ("huan2"), tone-marked ("huán") and its English gloss. */
export interface DictionaryReading {
  numbered: string;
  marked: string;
  gloss: string;
}

/** The readings the dictionary gives `simplified` (variants left out), each once, in the dictionary's order. */
export function dictionaryReadings(lexicon: Lexicon, simplified: string): DictionaryReading[] {
  const index = lexicon.indexOf(simplified);
  if (index < 0) return [];
  const readings = new Map<string, DictionaryReading>();
  for (const candidate of lexicon.candidates(index)) {
    if (candidate.variantOnly || candidate.syllables.length !== [...simplified].length) continue;
    const numbered = candidate.syllables.map((s) => `${s.toneless}${s.tone}`).join(' ');
    const known = readings.get(numbered);
    if (known) known.gloss = known.gloss === candidate.gloss ? known.gloss : `${known.gloss}; ${candidate.gloss}`;
    else
      readings.set(numbered, {
        numbered,
        marked: candidate.syllables.map((s) => s.marked).join(' '),
        gloss: candidate.gloss,
      });
  }
  return [...readings.values()];
}
