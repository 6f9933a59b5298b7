/**
 * Default readings where CC-CEDICT lists one word under several readings and the everyday one
 * would not win on its own (both are ordinary entries, and pinyin-pro's contextual reading picks
 * the rarer one). Simplified headword → numbered pinyin of the entry to prefer; a reading given
 * next to the word in the text, the glossary and per-text overrides still come first.
 *
 * Source: 现代汉语词典 (7th ed.), which gives the everyday word as the neutral-tone form.
 */
export const PREFERRED_READINGS: Readonly<Record<string, string>> = {
  // dìfang "place, spot, part" (这个地方); dìfāng "locality, local (vs. central)" (地方政府).
  地方: 'di4 fang5',
};
