/** Term kind of a CC-CEDICT proper-noun entry, guessed from its English glosses. */
import type { TermKind } from '../types';

/**
 * "Zeng Guofan (1811-1872)", "General Yuchi Gong (585-658)", "Park Geun-hye (1952-)": a name, then
 * life dates, with a hyphen or (in newer entries) an en dash: "Zhuge Liang (181–234)", "(1983–)".
 */
const PERSON_RE =
  /^((?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)\s+\((?:c\.\s*|born\s+|died\s+|d\.\s*|b\.\s*)?\d{1,4}(?:\s*BC)?\s*[-–]/;
/** Capitalised dated things that are not people: "Cultural Revolution (1966-1976)". */
const NOT_PERSON_RE =
  /\b(?:Dynasty|Period|Era|War|Republic|Kingdom|Empire|Movement|Rebellion|Revolution|Uprising|Incident|Reign|Expedition|Treaty)\b/;
const COMPANY_RE =
  /\b(?:company|corporation|corp\.|inc\.|ltd|group|bank|airlines?|brand|manufacturer|portal|conglomerate|enterprise|retailer|carmaker|automaker|telecom)\b/i;
/**
 * Gloss pointers like "see 長沙市|长沙市[...]" or, where both scripts agree, "see 合肥市[...]"
 * name a city, county, district or province.
 */
const PLACE_POINTER_RE = /(?:\||\bsee\s+(?:also\s+)?)[^[\s|]*[市县縣区區省州镇鎮乡鄉村]\[/;
const PLACE_RE =
  /\b(?:province|city|county|district|municipality|prefecture|town|township|village|capital|river|mountains?|lake|island|region|country|peninsula|desert|sea|bay|canal|strait|great wall|autonomous|kingdom|republic|state of)\b/i;
const PRODUCT_RE = /\b(?:product|software|app|model|smartphone|operating system|game)\b/i;

/** Kind of a proper-noun entry from its glosses. */
export function kindOfGlosses(glosses: readonly string[]): TermKind {
  const text = glosses.join('; ');
  if (/^surname\b|\bsurname [A-Z]/.test(text)) return 'word';
  const person = PERSON_RE.exec(text);
  if (person && !NOT_PERSON_RE.test(person[1] ?? '')) return 'person';
  if (COMPANY_RE.test(text)) return 'company';
  if (PLACE_POINTER_RE.test(text) || PLACE_RE.test(text)) return 'place';
  if (PRODUCT_RE.test(text)) return 'product';
  return 'word';
}
