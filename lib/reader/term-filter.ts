/**
 * Finding a term the way learners type it: hanzi, pinyin with tone marks ("léi jūn"), without
 * ("leijun", "lei jun"), with tone numbers ("lei2 jun1"), initials ("lj", "zhg" or "zg" for
 * zhōng guó), or a meaning in any language.
 * Keys are computed on the server; matching runs in the browser, so this file depends only on
 * lib/pinyin/toneless (which has no dependencies).
 */
import { tonelessPinyin } from '../pinyin/toneless';

export interface TermSearchKeys {
  hanzi: string;
  /** "léijūn" */
  marked: string;
  /** "lei2jun1" */
  numbered: string;
  /** "leijun" */
  plain: string;
  /** lowercased meanings and aliases, all languages */
  text: string;
}

interface SearchableTerm {
  simplified: string;
  traditional?: string;
  syllables: readonly { pinyin: string; tone: number }[];
  meanings: Partial<Record<string, string>>;
  aliases: readonly string[];
}

/** Grave, acute, macron, caron: the four tone marks (ü's diaeresis is not a tone). */
const TONE_MARK = /[\u0300\u0301\u0304\u030c]/;

/** Lowercase, no spaces or apostrophes (ü and tones: tonelessPinyin, so every way of typing ü matches). */
function compact(text: string): string {
  return text.toLowerCase().replace(/[\s'’·-]+/g, '');
}

export function searchKeysFor(term: SearchableTerm): TermSearchKeys {
  const marked = term.syllables.map((s) => s.pinyin).join('');
  return {
    hanzi: `${term.simplified} ${term.traditional ?? ''}`.trim(),
    marked: compact(marked.normalize('NFC')),
    numbered: compact(term.syllables.map((s) => `${tonelessPinyin(s.pinyin)}${s.tone}`).join('')),
    plain: compact(tonelessPinyin(marked)),
    text: [...Object.values(term.meanings), ...term.aliases].join(' \n ').toLowerCase(),
  };
}

/**
 * The syllables' first letters, read from the numbered key ("lei2jun1" → "lj"), twice: with
 * zh/ch/sh as one letter and as two ("zhong1guo2" → "zg" and "zhg").
 */
function initialsOf(numbered: string): string[] {
  const syllables = numbered.split(/\d/).filter(Boolean);
  return [syllables.map((s) => s[0]).join(''), syllables.map((s) => /^[zcs]h/.exec(s)?.[0] ?? s[0]).join('')];
}

export function matchesQuery(keys: TermSearchKeys, rawQuery: string): boolean {
  const query = rawQuery.trim();
  if (!query) return true;
  // Hanzi: the term itself, or a Chinese meaning ("创始人" finds founders).
  if (/\p{Script=Han}/u.test(query)) return keys.hanzi.includes(query.replace(/\s+/g, '')) || keys.text.includes(query);
  if (keys.text.includes(query.toLowerCase())) return true;
  const q = compact(query.normalize('NFC'));
  if (!q) return true;
  // Neutral tone may be typed as 5, 0 or left out.
  if (/\d/.test(q)) return keys.numbered.includes(tonelessPinyin(q).replace(/0/g, '5'));
  if (TONE_MARK.test(q.normalize('NFD'))) return keys.marked.includes(q);
  const plain = tonelessPinyin(q);
  // Two letters at least: a single letter already matches every term containing it.
  return (
    keys.plain.includes(plain) ||
    (plain.length >= 2 && initialsOf(keys.numbered).some((initials) => initials.startsWith(plain)))
  );
}
