/** One TermSummary per distinct term, in order of first appearance (as term or as alias). */
import type { GlossaryTerm } from '../../glossary';
import type { Segment, Syllable, TermSegment, TermSummary } from '../types';

function glossarySyllables(g: GlossaryTerm): Syllable[] {
  const chars = Array.from(g.simplified);
  return g.syllables.map((s, i) => ({ hanzi: chars[i] ?? '', pinyin: s.marked, tone: s.tone }));
}

/**
 * Term data comes from the first term occurrence (its reading in this text); a term that is
 * only mentioned by alias is described by its glossary entry.
 */
export function summarize(
  segments: readonly Segment[],
  glossary: ReadonlyMap<string, GlossaryTerm>,
  textAliases: ReadonlyMap<string, readonly string[]>,
): TermSummary[] {
  const order: string[] = [];
  const counts = new Map<string, number>();
  const firstTerm = new Map<string, TermSegment>();
  const firstTraditional = new Map<string, string>();
  for (const s of segments) {
    if (s.type === 'plain') continue;
    const id = s.type === 'term' ? s.id : s.termId;
    const c = counts.get(id);
    if (c === undefined) order.push(id);
    counts.set(id, (c ?? 0) + 1);
    if (s.type === 'term') {
      if (!firstTerm.has(id)) firstTerm.set(id, s);
      if (s.script === 'traditional' && !firstTraditional.has(id)) firstTraditional.set(id, s.text);
    }
  }
  const out: TermSummary[] = [];
  for (const id of order) {
    const g = glossary.get(id);
    const t = firstTerm.get(id);
    const aliases = [...new Set([...(g?.aliases ?? []), ...(textAliases.get(id) ?? [])])];
    const traditional = g?.traditional ?? firstTraditional.get(id);
    const count = counts.get(id) ?? 0;
    if (t) {
      out.push({
        id,
        simplified: t.simplified,
        ...(traditional !== undefined ? { traditional } : {}),
        pinyin: t.pinyin,
        syllables: t.syllables,
        kind: t.kind,
        meanings: t.meanings,
        source: t.source,
        aliases,
        count,
      });
    } else if (g) {
      out.push({
        id,
        simplified: g.simplified,
        ...(traditional !== undefined ? { traditional } : {}),
        pinyin: g.pinyin,
        syllables: glossarySyllables(g),
        kind: g.kind,
        meanings: g.meanings,
        source: 'glossary',
        aliases,
        count,
      });
    }
  }
  return out;
}
