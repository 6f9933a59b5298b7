/**
 * Curated glossary loader. terms.json is validated with zod and its numbered pinyin converted to
 * tone marks once, at first use. Invalid entries are reported in `errors` and left out instead of
 * breaking annotation; the unit tests require the shipped file to have no errors.
 */
import {
  LengthBounds,
  PAIR_CURATED,
  parseNumberedReading,
  type Meanings,
  type PinyinSyllable,
  type TermKind,
} from '../annotate';
import { GlossaryEntrySchema } from './schema';
import terms from './terms.json';

export { GlossaryEntrySchema } from './schema';

export interface GlossaryTerm {
  /** Also the term id. */
  simplified: string;
  traditional?: string;
  /** Tone-marked, space-separated: "léi jūn". */
  pinyin: string;
  syllables: readonly PinyinSyllable[];
  kind: TermKind;
  aliases: readonly string[];
  meanings: Meanings;
  notes?: Meanings;
}

export interface Glossary {
  terms: readonly GlossaryTerm[];
  bySimplified: ReadonlyMap<string, GlossaryTerm>;
  /** Alias as written → term. */
  byAlias: ReadonlyMap<string, GlossaryTerm>;
  /** Longest entry starting at a position (segmentation bound). */
  bounds: LengthBounds;
  /** One message per rejected entry or conflict, e.g. "[3] pinyin: 1 syllables for 2 characters". */
  errors: readonly string[];
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map(String).join('.');
}

/** Validates raw glossary data (the parsed terms.json). Never throws. */
export function parseGlossary(data: unknown): Glossary {
  const errors: string[] = [];
  const list: GlossaryTerm[] = [];
  const bySimplified = new Map<string, GlossaryTerm>();
  const byAlias = new Map<string, GlossaryTerm>();
  const bounds = new LengthBounds(PAIR_CURATED);
  if (!Array.isArray(data)) errors.push('glossary must be a JSON array');
  const items: unknown[] = Array.isArray(data) ? data : [];
  items.forEach((item, i) => {
    const parsed = GlossaryEntrySchema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push(`[${i}] ${formatPath(issue.path)}: ${issue.message}`);
      return;
    }
    const e = parsed.data;
    if (bySimplified.has(e.simplified)) {
      errors.push(`[${i}] simplified: duplicate entry ${e.simplified}`);
      return;
    }
    // Checked by the schema; parsed again here only to get the syllables.
    const syllables = parseNumberedReading(e.pinyin) ?? [];
    const term: GlossaryTerm = {
      simplified: e.simplified,
      ...(e.traditional !== undefined ? { traditional: e.traditional } : {}),
      pinyin: syllables.map((s) => s.marked).join(' '),
      syllables,
      kind: e.kind,
      aliases: e.aliases,
      meanings: e.meanings,
      ...(e.notes !== undefined ? { notes: e.notes } : {}),
    };
    for (const alias of e.aliases) {
      const other = byAlias.get(alias);
      if (other) errors.push(`[${i}] aliases: "${alias}" already belongs to ${other.simplified}`);
      else byAlias.set(alias, term);
    }
    list.push(term);
    bySimplified.set(term.simplified, term);
    bounds.add(term.simplified);
  });
  return {
    terms: list,
    bySimplified,
    byAlias,
    bounds,
    errors,
  };
}

let cached: Glossary | null = null;

/** The shipped glossary, parsed once per process. */
export function loadGlossary(): Glossary {
  cached ??= parseGlossary(terms);
  return cached;
}
