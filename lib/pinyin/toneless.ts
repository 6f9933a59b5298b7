/**
 * Pinyin without its tones, in the two forms the app needs. No dependencies: it runs in the
 * browser too (the glossary filter), in the engine and in the dictionary search.
 */

/** The four tone marks after NFD (grave, acute, macron, caron) and the breve often typed for the caron. */
const TONE_MARKS = /[\u0300\u0301\u0304\u0306\u030c]/g;
/** Every combining mark after NFD: the tone marks, ü's diaeresis and ê's circumflex. */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * The key every pinyin comparison and search uses: lowercase, no tones, and one spelling of ü.
 *
 * The ü rule: ü is written "ü", "v" (most keyboards), "u:" (CC-CEDICT) or plain "u" (after
 * j, q, x, y, and by anyone without the key), and all four become "u". No pinyin syllable has a
 * v, so nothing else is changed; only lu/lü and nu/nü (and their -e forms) fall together, and a
 * search for "lu" finding 绿 lǜ beside 路 lù is what a learner typing without ü wants.
 * ê becomes e. Everything else (spaces, digits, apostrophes) is kept for the caller to use or drop.
 *
 * "Lǚ Bù" → "lu bu", "nv3" → "nu3", "lu:4" → "lu4", "Xī'ān" → "xi'an".
 */
export function tonelessPinyin(text: string): string {
  return text
    .normalize('NFD')
    .toLowerCase()
    .replace(/u:/g, 'u')
    .replace(/v/g, 'u')
    .replace(COMBINING_MARKS, '')
    .normalize('NFC');
}

/**
 * The same syllables spelled without tone marks, for showing, not for comparing: case and ü are
 * kept. "Lǚ Bù" → "Lü Bu"; "lǜ" with its tone number → "lü4".
 */
export function withoutToneMarks(marked: string): string {
  return marked.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC');
}
