/**
 * Latin-script mentions of terms ("Xiaomi", "Lei Jun"): whole Latin words only (hanzi may touch
 * them: "Xiaomi说"), case-sensitive (or the alias in capitals), with an optional genitive ending
 * ("Xiaomis"). Longer aliases win, and a lone family name ("Lei") links to the person whose full
 * name appeared most recently before it. Callers pass the text through foldCompatible (../latin)
 * so that full-width letters match too.
 */
import { DEFAULTS } from '../defaults';
import { isLatinWordChar, LATIN_WORD_CHARS } from '../latin';

export interface AliasTarget {
  alias: string;
  termId: string;
}

export interface FamilyName {
  /** As written in the Latin alias, e.g. "Lei". */
  name: string;
  termId: string;
}

interface AliasMatch {
  start: number;
  end: number;
  termId: string;
}

function escapeRegex(s: string): string {
  // Only syntax characters: with the u flag, escaping anything else (e.g. "-") is an error.
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function collapse(s: string): string {
  return s.trim().replace(/\s+/g, ' ');
}

function codePointBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(i - 2, i);
  }
  return text.charAt(i - 1);
}

/** Only aliases with a letter and without line breaks are matchable. */
function usable(alias: string): boolean {
  return /\p{L}/u.test(alias) && !/[\r\n]/.test(alias);
}

interface Compiled {
  regex: RegExp;
  /** Collapsed alias (and its capitalised form) → term id. */
  ids: Map<string, string>;
}

const compiledCache = new Map<string, Compiled | null>();
const COMPILED_CACHE_SIZE = 64;

/** Compiling the alternation of every glossary alias is the main cost on short texts: memoise it. */
function compile(targets: readonly AliasTarget[]): Compiled | null {
  const key = targets.map((t) => `${t.alias}\u0000${t.termId}`).join('\u0001');
  if (compiledCache.has(key)) return compiledCache.get(key) ?? null;
  if (compiledCache.size >= COMPILED_CACHE_SIZE) compiledCache.clear();
  const compiled = compileUncached(targets);
  compiledCache.set(key, compiled);
  return compiled;
}

function compileUncached(targets: readonly AliasTarget[]): Compiled | null {
  const ids = new Map<string, string>();
  for (const t of targets) {
    const a = collapse(t.alias);
    if (!usable(a)) continue;
    if (!ids.has(a)) ids.set(a, t.termId);
    const upper = a.toUpperCase();
    if (!ids.has(upper)) ids.set(upper, t.termId);
  }
  if (ids.size === 0) return null;
  // Longest first, so that the alternation prefers "Lei Jun" over "Lei" at the same position.
  const alternatives = [...ids.keys()]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
    .map((a) => a.split(' ').map(escapeRegex).join('[ \\t\\u00a0]+'));
  const suffix = DEFAULTS.aliasSuffixes.map(escapeRegex).join('|');
  const source = `(?:${alternatives.join('|')})(?:${suffix})?(?![${LATIN_WORD_CHARS}])`;
  return { regex: new RegExp(source, 'gu'), ids };
}

function stripSuffix(matched: string, ids: Map<string, string>): string | undefined {
  const core = collapse(matched);
  const direct = ids.get(core);
  if (direct !== undefined) return direct;
  for (const s of DEFAULTS.aliasSuffixes) {
    if (core.endsWith(s)) {
      const id = ids.get(core.slice(0, -s.length));
      if (id !== undefined) return id;
    }
  }
  return undefined;
}

function scan(text: string, compiled: Compiled): AliasMatch[] {
  const out: AliasMatch[] = [];
  const pattern = compiled.regex;
  pattern.lastIndex = 0;
  for (let found = pattern.exec(text); found !== null; found = pattern.exec(text)) {
    const start = found.index;
    // Checked here rather than as a lookbehind: far cheaper on long texts.
    if (isLatinWordChar(codePointBefore(text, start))) {
      pattern.lastIndex = start + 1;
      continue;
    }
    const termId = stripSuffix(found[0], compiled.ids);
    if (termId === undefined) continue;
    out.push({ start, end: start + found[0].length, termId });
  }
  return out;
}

/**
 * All alias mentions in `text`, in order, without overlaps. Family names link only after a full
 * alias of their person, to the person mentioned most recently.
 */
export function findAliases(
  text: string,
  targets: readonly AliasTarget[],
  familyNames: readonly FamilyName[] = [],
): AliasMatch[] {
  const compiled = compile(targets);
  if (!compiled) return [];
  const matches = scan(text, compiled);
  if (familyNames.length === 0 || matches.length === 0) return matches;
  // Where each person's full name occurs; family names only follow these.
  const fullMentions = matches.filter((match) => familyNames.some((family) => family.termId === match.termId));
  if (fullMentions.length === 0) return matches;
  const families = compile(familyNames.map((family) => ({ alias: family.name, termId: family.termId })));
  if (!families) return matches;
  const byName = new Map<string, string[]>();
  for (const f of familyNames) {
    for (const key of new Set([collapse(f.name), collapse(f.name).toUpperCase()])) {
      byName.set(key, [...(byName.get(key) ?? []), f.termId]);
    }
  }
  const extra: AliasMatch[] = [];
  // Both lists are in text order: two pointers keep this linear on long texts.
  let matchAt = 0;
  let fullAt = 0;
  const lastFull = new Map<string, number>();
  for (const family of scan(text, families)) {
    for (let full = fullMentions[fullAt]; full && full.end <= family.start; full = fullMentions[++fullAt])
      lastFull.set(full.termId, full.start);
    while ((matches[matchAt]?.end ?? Infinity) <= family.start) matchAt++;
    if ((matches[matchAt]?.start ?? Infinity) < family.end) continue;
    let best: string | undefined;
    let bestAt = -1;
    for (const id of byName.get(stripFamilySuffix(text.slice(family.start, family.end), byName)) ?? []) {
      const at = lastFull.get(id);
      if (at !== undefined && at > bestAt) {
        best = id;
        bestAt = at;
      }
    }
    if (best !== undefined) extra.push({ start: family.start, end: family.end, termId: best });
  }
  if (extra.length === 0) return matches;
  return [...matches, ...extra].sort((a, b) => a.start - b.start);
}

function stripFamilySuffix(matched: string, byName: Map<string, string[]>): string {
  const core = collapse(matched);
  if (byName.has(core)) return core;
  for (const s of DEFAULTS.aliasSuffixes)
    if (core.endsWith(s) && byName.has(core.slice(0, -s.length))) return core.slice(0, -s.length);
  return core;
}
