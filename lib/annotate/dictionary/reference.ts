/**
 * CC-CEDICT cross-references in glosses: "see 蘇州市|苏州市[Su1 zhou1 Shi4]" (traditional|simplified,
 * or one form where both scripts agree, then numbered pinyin). Learners see them as
 * "苏州市 (Sūzhōu Shì)", and an entry that is only a pointer shows the meanings it points to.
 */
import { parseNumbered } from '../../pinyin/spelling';
import { entryGlosses, entryPinyin, entrySimplified, type RawEntry } from './load';

export type Lookup = (word: string) => readonly RawEntry[] | undefined;

interface Reference {
  simplified: string;
  /** Numbered, as in CC-CEDICT: "Su1 zhou1 Shi4". */
  pinyin: string;
}

/** Headword forms are runs of non-ASCII characters; the pinyin is letters, digits, ":" and spaces. */
const FORM = '[^\\s\\x00-\\x7f|]+';
const REFERENCE = `(${FORM})(?:\\|(${FORM}))?\\[([A-Za-z0-9: ]+)\\]`;
const REFERENCE_G = new RegExp(REFERENCE, 'g');
const ONLY_REFERENCE_RE = new RegExp(`^see\\s+(?:also\\s+)?${REFERENCE}$`);

/** "Su1 zhou1 Shi4" → "Sūzhōu Shì": a capital starts a word, as CC-CEDICT writes proper nouns. */
function markedReferencePinyin(numbered: string): string {
  let out = '';
  for (const token of numbered.trim().split(/\s+/)) {
    const p = parseNumbered(token);
    const capital = /^[A-Z]/.test(token);
    let syllable = p?.marked ?? token.toLowerCase();
    if (capital) syllable = syllable.charAt(0).toUpperCase() + syllable.slice(1);
    if (out === '') out = syllable;
    else if (capital) out += ` ${syllable}`;
    // Pinyin orthography: an apostrophe before a/e/o inside a word (Xī'ān).
    else out += /^[aeoāáǎàēéěèōóǒò]/.test(syllable) ? `'${syllable}` : syllable;
  }
  return out;
}

/** Every reference in a gloss written for learners: "…Province 江蘇省|江苏省[Jiang1 su1 Sheng3]" → "…Province 江苏省 (Jiāngsū Shěng)". */
function formatReferences(gloss: string): string {
  if (!gloss.includes('[')) return gloss;
  return gloss.replace(REFERENCE_G, (_, first: string, second: string | undefined, pinyin: string) => {
    return `${second ?? first} (${markedReferencePinyin(tidyPinyin(pinyin))})`;
  });
}

/** The cc-cedict package writes some ü as "u : " inside references ("Lu : 3 liang2"). */
function tidyPinyin(pinyin: string): string {
  return pinyin
    .replace(/\s*:\s*/g, ':')
    .trim()
    .replace(/\s+/g, ' ');
}

function onlyReference(gloss: string): Reference | null {
  const m = ONLY_REFERENCE_RE.exec(gloss.trim());
  if (!m?.[1] || !m[3]) return null;
  return { simplified: m[2] ?? m[1], pinyin: tidyPinyin(m[3]) };
}

/** Same syllables, with (`toned`) or without tones: pointers sometimes give another tone (忘八 → 王八[wang2 ba1], entry wang2 ba5). */
function samePinyin(a: string, b: string, toned: boolean): boolean {
  const norm = (s: string) => {
    const t = tidyPinyin(s).toLowerCase();
    return toned ? t : t.replace(/\d/g, '');
  };
  return norm(a) === norm(b);
}

/** The glosses a reference points to, or null where the target is unknown or itself only a pointer (one hop). */
function targetGlosses(ref: Reference, lookup: Lookup): readonly string[] | null {
  const entries = (lookup(ref.simplified) ?? []).filter((entry) => entrySimplified(entry) === ref.simplified);
  for (const toned of [true, false]) {
    for (const entry of entries) {
      if (!samePinyin(entryPinyin(entry), ref.pinyin, toned)) continue;
      const glosses = entryGlosses(entry);
      if (glosses.length > 0 && !glosses.every((gloss) => onlyReference(gloss) !== null)) return glosses;
    }
  }
  return null;
}

/**
 * Glosses as learners see them: references formatted; where every gloss only points to another
 * entry ("see 蘇州市|苏州市[Su1 zhou1 Shi4]"), that entry's glosses instead. Following one pointer
 * only, never the target's own pointers, also rules out loops.
 */
export function displayGlosses(glosses: readonly string[], lookup: Lookup | undefined): string[] {
  const refs = glosses.map(onlyReference);
  const out: string[] = [];
  const push = (g: string): void => {
    const shown = formatReferences(g);
    if (!out.includes(shown)) out.push(shown);
  };
  if (lookup && refs.length > 0 && refs.every((r) => r !== null)) {
    refs.forEach((ref, i) => {
      const target = ref ? targetGlosses(ref, lookup) : null;
      if (target) target.forEach(push);
      else push(glosses[i] ?? '');
    });
    return out;
  }
  glosses.forEach(push);
  return out;
}
