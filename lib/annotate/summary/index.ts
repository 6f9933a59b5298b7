/** One TermSummary per distinct term, in order of first appearance (as term or as alias). */
import type { GlossaryTerm } from '../../glossary';
import type { Lexicon } from '../lexicon';
import type { HskLevel, Segment, Syllable, TermSegment, TermSummary } from '../types';

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
  lexicon: Lexicon | null,
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
    const count = counts.get(id) ?? 0;
    const syllables = t ? t.syllables : g ? glossarySyllables(g) : null;
    if (!syllables) continue;
    const k = lexicon ? lexicon.indexOf(id) : -1;
    const traditionalForm =
      g?.traditional ?? firstTraditional.get(id) ?? (lexicon ? traditionalOf(lexicon, k, id, syllables) : undefined);
    const traditional = traditionalForm !== id ? traditionalForm : undefined;
    const kind = t?.kind ?? g?.kind;
    const hsk = lexicon && k >= 0 ? lexicon.hskLevel(k) : { level: 0, estimated: false };
    // A name's characters say nothing about whether a learner knows it.
    const leveled = hsk.level > 0 && (kind === 'word' || !hsk.estimated);
    const facts = {
      ...(traditional !== undefined ? { traditional } : {}),
      ...(leveled ? { hsk: hsk.level as HskLevel } : {}),
      ...(leveled && hsk.estimated ? { hskEstimated: true as const } : {}),
    };
    if (t) {
      out.push({
        id,
        simplified: t.simplified,
        pinyin: t.pinyin,
        syllables,
        kind: t.kind,
        meanings: t.meanings,
        source: t.source,
        ...facts,
        aliases,
        count,
      });
    } else if (g) {
      out.push({
        id,
        simplified: g.simplified,
        pinyin: g.pinyin,
        syllables,
        kind: g.kind,
        meanings: g.meanings,
        source: 'glossary',
        ...facts,
        aliases,
        count,
      });
    }
  }
  return out;
}

/**
 * The traditional form of headword k read as `syllables`: that of its CC-CEDICT entries of this
 * reading (发 fà → 髮, fā → 發), the form written the same when one of them is (家 jiā, not 傢
 * of 傢伙), never an "old variant" (咊 for 和); none when it is written the same.
 */
function traditionalOf(
  lexicon: Lexicon,
  k: number,
  simplified: string,
  syllables: readonly Syllable[],
): string | undefined {
  const reading = syllables.map((s) => s.pinyin.normalize('NFC')).join(' ');
  const entries = lexicon
    .candidates(k)
    .filter((c) => !c.variantOnly && c.syllables.map((s) => s.marked).join(' ') === reading);
  if (entries.length === 0 || entries.some((c) => c.traditional === simplified)) return undefined;
  const form = entries[0]!.traditional;
  return Array.from(form).length === syllables.length ? form : undefined;
}
