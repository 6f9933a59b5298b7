/**
 * One word as the dictionary knows it: every reading with its CC-CEDICT entries, and the
 * characters it is made of with the reading and first meaning each has in this word.
 */
import type { Candidate, Lexicon, PinyinSyllable, Syllable, TermKind } from '../annotate';

export interface DictionaryEntry {
  /** English senses, in CC-CEDICT's order. */
  senses: string[];
  /** A proper noun (CC-CEDICT capitalizes its pinyin): surname, place … */
  proper: boolean;
  kind: TermKind;
  /** The traditional form this entry is written with. */
  traditional: string;
}

export interface DictionaryReading {
  /** Tone-marked, space-separated: "yín háng". */
  pinyin: string;
  syllables: Syllable[];
  /** May be empty: a reading the character has that CC-CEDICT lists under no entry of its own. */
  entries: DictionaryEntry[];
}

export interface DictionaryCharacter {
  hanzi: string;
  /** Its reading in this word. */
  pinyin: string;
  tone: Syllable['tone'];
  /** Its first sense with that reading, or null. */
  gloss: string | null;
  /** Has a glossary page of its own. */
  hasPage: boolean;
}

export interface DictionaryWord {
  /** As asked for (simplified or traditional). */
  word: string;
  /** The simplified headword. */
  simplified: string;
  /** Traditional forms that differ from the simplified one. */
  traditional: string[];
  /** The default reading (the one the reader shows) first. */
  readings: DictionaryReading[];
  /** For words of two characters or more; empty for a single character. */
  characters: DictionaryCharacter[];
  /** HSK 2.0 level; `estimated` from its characters where the HSK lists lack the word; null: none. */
  hsk: { level: number; estimated: boolean } | null;
}

const readingKey = (r: readonly PinyinSyllable[]): string => r.map((s) => `${s.toneless}${s.tone}`).join(' ');

function toSyllables(chars: readonly string[], r: readonly PinyinSyllable[]): Syllable[] {
  return r.map((s, i) => ({ hanzi: chars[i] ?? '', pinyin: s.marked, tone: s.tone }));
}

/** "(bound form) row" → "row": the sense without leading remarks, for a one-line summary. */
export function shortSense(sense: string): string {
  const bare = sense.replace(/^(\([^)]*\)\s*)+/, '').trim();
  return bare || sense.trim();
}

/** Headword index of a word that has a page: a simplified headword with entries, or a traditional form of one. */
function pageIndex(lexicon: Lexicon, word: string): number {
  const k = lexicon.indexOf(word);
  if (k < 0 || lexicon.isPhrase(k) || lexicon.entryCount(k) === 0) return -1;
  return k;
}

function entryOf(c: Candidate): DictionaryEntry {
  return { senses: c.gloss.split('; ').filter(Boolean), proper: c.proper, kind: c.kind, traditional: c.traditional };
}

/** The character's first everyday sense in the reading `s` (a proper noun's only if it has no other). */
function characterGloss(lexicon: Lexicon, ch: string, s: PinyinSyllable): string | null {
  const k = pageIndex(lexicon, ch);
  if (k < 0) return null;
  const key = `${s.toneless}${s.tone}`;
  const usable = lexicon.readCandidates(k).filter((c) => !c.variantOnly);
  const same = usable.filter((c) => readingKey(c.syllables) === key);
  const pick = same.find((c) => !c.proper) ?? same[0] ?? usable.find((c) => !c.proper);
  const sense = pick?.gloss.split('; ')[0];
  return sense ? shortSense(sense) : null;
}

/** The word's dictionary page data, or null if the dictionary has no entry for it. */
export function lookupWord(lexicon: Lexicon, word: string): DictionaryWord | null {
  const k = pageIndex(lexicon, word);
  if (k < 0) return null;
  const chars = Array.from(word);
  const candidates = lexicon.readCandidates(k);
  const readings: DictionaryReading[] = [];
  const byKey = new Map<string, DictionaryReading>();
  const add = (r: readonly PinyinSyllable[]): DictionaryReading => {
    const key = readingKey(r);
    let reading = byKey.get(key);
    if (!reading) {
      reading = { pinyin: r.map((s) => s.marked).join(' '), syllables: toSyllables(chars, r), entries: [] };
      byKey.set(key, reading);
      readings.push(reading);
    }
    return reading;
  };
  for (const r of lexicon.readReadings(k)) add(r);
  for (const c of candidates) add(c.syllables).entries.push(entryOf(c));

  const simplified = candidates.find((c) => c.simplified)?.simplified ?? word;
  const traditional = [...new Set(candidates.map((c) => c.traditional))].filter((t) => t !== simplified);
  const first = lexicon.readReadings(k)[0] ?? candidates[0]?.syllables ?? [];
  const characters =
    chars.length < 2
      ? []
      : chars.map((hanzi, i) => {
          const s = first[i];
          return {
            hanzi,
            pinyin: s?.marked ?? '',
            tone: s?.tone ?? 5,
            gloss: s ? characterGloss(lexicon, hanzi, s) : null,
            hasPage: pageIndex(lexicon, hanzi) >= 0,
          };
        });
  const level = lexicon.hskLevel(lexicon.indexOf(simplified));
  return { word, simplified, traditional, readings, characters, hsk: level.level > 0 ? level : null };
}

/** Does `word` have a glossary page from the dictionary? */
export function hasDictionaryPage(lexicon: Lexicon, word: string): boolean {
  return pageIndex(lexicon, word) >= 0;
}
