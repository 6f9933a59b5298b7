import type { AliasSegment, Segment, Syllable, TermSegment, TermSummary } from '../annotate';

/**
 * Segments written against a list of terms, each term listed once (docs/texts.md, "Compact
 * annotations"): the stored annotation (lib/texts/annotation-codec.ts) and the JSON APIs
 * (`POST /api/annotate`, `GET /api/texts/{id}`) use it.
 *
 * - a string: plain text;
 * - a number `n`: a mention of `terms[n]` written as its simplified form, with the term's
 *   reading, syllables, kind, meanings and source (the usual case);
 * - `{ "term": n, "text", …fields }`: a mention of `terms[n]` that differs from the term in the
 *   fields given (e.g. traditional characters: `script`; `syllables` only if they differ from
 *   the term's other than in being written with the mention's characters);
 * - `{ "alias": n, "text" }`: a Latin-script alias of `terms[n]` (e.g. "Xiaomis").
 *
 * Lossless: decoding gives back exactly the segments encoded (a field is left out only where it
 * equals the term's).
 */
export type CompactSegment = string | number | CompactTermMention | CompactAliasMention;

export interface CompactTermMention extends Partial<Omit<TermSegment, 'type' | 'text'>> {
  term: number;
  text: string;
}

export interface CompactAliasMention {
  alias: number;
  text: string;
}

/** Fields of a term mention that usually equal its term's. */
const SHARED_FIELDS = ['id', 'simplified', 'pinyin', 'syllables', 'kind', 'meanings', 'source'] as const;

/** Equal as JSON values (plain data: strings, numbers, arrays, objects), key order ignored. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, at) => same(item, b[at]));
  if (Array.isArray(b)) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}

/** Encodes segments against `terms` (every mentioned term must be in it; `index` maps term id → position). */
export class SegmentEncoder {
  private readonly index: Map<string, number>;

  constructor(private readonly terms: readonly TermSummary[]) {
    this.index = new Map(terms.map((term, at) => [term.id, at]));
  }

  encode(segment: Segment): CompactSegment {
    if (segment.type === 'plain') return segment.text;
    if (segment.type === 'alias') return { alias: this.at(segment.termId), text: segment.text };
    const at = this.at(segment.id);
    const term = this.terms[at]!;
    const mention: CompactTermMention = { term: at, text: segment.text };
    let differs = segment.text !== term.simplified || segment.script !== 'simplified';
    if (segment.script !== 'simplified') mention.script = segment.script;
    for (const field of SHARED_FIELDS) {
      if (same(segment[field], field === 'syllables' ? syllablesOf(term, segment.text) : term[field])) continue;
      (mention as unknown as Record<string, unknown>)[field] = segment[field];
      differs = true;
    }
    return differs ? mention : at;
  }

  private at(termId: string): number {
    const at = this.index.get(termId);
    if (at === undefined) throw new Error(`Mention of a term that is not listed: ${termId}`);
    return at;
  }
}

/** The segment a compact segment stands for (see CompactSegment). */
export function decodeSegment(compact: CompactSegment, terms: readonly TermSummary[]): Segment {
  if (typeof compact === 'string') return { type: 'plain', text: compact };
  const term = terms[typeof compact === 'number' ? compact : 'term' in compact ? compact.term : compact.alias];
  if (!term) throw new Error(`Compact segment refers to a missing term: ${JSON.stringify(compact)}`);
  if (typeof compact === 'number') return termSegment(term, {});
  if ('alias' in compact) return { type: 'alias', text: compact.text, termId: term.id } satisfies AliasSegment;
  const fields: Partial<CompactTermMention> = { ...compact };
  delete fields.term;
  return termSegment(term, fields);
}

/** The term's syllables written with the characters of `text` (e.g. traditional ones), if it has one per syllable. */
function syllablesOf(term: TermSummary, text: string): Syllable[] {
  const characters = [...text];
  if (characters.length !== term.syllables.length) return term.syllables;
  return term.syllables.map((syllable, at) =>
    syllable.hanzi === characters[at] ? syllable : { ...syllable, hanzi: characters[at]! },
  );
}

function termSegment(term: TermSummary, fields: Partial<Omit<TermSegment, 'type'>>): TermSegment {
  return {
    type: 'term',
    text: fields.text ?? term.simplified,
    id: fields.id ?? term.id,
    simplified: fields.simplified ?? term.simplified,
    script: fields.script ?? 'simplified',
    pinyin: fields.pinyin ?? term.pinyin,
    syllables: fields.syllables ?? syllablesOf(term, fields.text ?? term.simplified),
    kind: fields.kind ?? term.kind,
    meanings: fields.meanings ?? term.meanings,
    source: fields.source ?? term.source,
  };
}
