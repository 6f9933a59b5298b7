/** Turning tokens and alias matches into the lossless segment list. */
import { splitChars } from '../han';
import type { Segment, Syllable, TermSegment } from '../types';
import type { Token } from './run';

interface SegmentTemplate {
  text: string;
  pinyin: string;
  syllables: Syllable[];
}

/**
 * Per token, the segment fields that only depend on the text as written: a token read as 小米
 * yields the same pinyin string and syllables at every occurrence, so they are built once
 * (and shared between those segments; treat segments as read-only).
 */
const templates = new WeakMap<Token, SegmentTemplate>();

function template(text: string, t: Token): SegmentTemplate {
  const cached = templates.get(t);
  if (cached && cached.text === text) return cached;
  const written = splitChars(text);
  const made: SegmentTemplate = {
    text,
    pinyin: t.syllables
      .map((s) => s.marked)
      .filter((p) => p !== '')
      .join(' '),
    syllables: t.syllables.map((s, i) => ({ hanzi: written[i] ?? '', pinyin: s.marked, tone: s.tone })),
  };
  if (!cached) templates.set(t, made);
  return made;
}

export function termSegment(text: string, t: Token): TermSegment {
  const tpl = template(text, t);
  // NFC first: compatibility ideographs (豈 U+F900) are neither script, just another code point.
  const traditional = text !== t.simplified && text.normalize('NFC') !== t.simplified;
  return {
    type: 'term',
    text,
    id: t.simplified,
    simplified: t.simplified,
    script: traditional ? 'traditional' : 'simplified',
    pinyin: tpl.pinyin,
    syllables: tpl.syllables,
    kind: t.kind,
    meanings: t.meanings,
    source: t.source,
  };
}

/** Code units each token covers, from the run's characters as written. */
export function unitsOf(tokens: readonly Token[], written: readonly string[]): number[] {
  let at = 0;
  return tokens.map((t) => {
    let units = 0;
    for (let i = at; i < at + t.length; i++) units += written[i]?.length ?? 0;
    at += t.length;
    return units;
  });
}

/** Segments in text order with their start offsets (parallel arrays: no object per span). */
interface SpanList {
  starts: number[];
  segments: Segment[];
}

export function spanList(): SpanList {
  return { starts: [], segments: [] };
}

/**
 * Term spans and alias spans (each in text order) merged, with plain text in between:
 * concatenates back to `text`.
 */
export function assemble(text: string, terms: SpanList, aliases: SpanList): Segment[] {
  const out: Segment[] = [];
  let pos = 0;
  let i = 0;
  let j = 0;
  const emit = (start: number, segment: Segment): void => {
    // Han runs and alias matches cannot overlap (aliases are Latin words); guard anyway.
    if (start < pos) return;
    if (start > pos) out.push({ type: 'plain', text: text.slice(pos, start) });
    out.push(segment);
    pos = start + segment.text.length;
  };
  while (i < terms.starts.length || j < aliases.starts.length) {
    const a = terms.starts[i] ?? Infinity;
    const b = aliases.starts[j] ?? Infinity;
    const seg = a <= b ? terms.segments[i++] : aliases.segments[j++];
    if (seg) emit(Math.min(a, b), seg);
  }
  if (pos < text.length) out.push({ type: 'plain', text: text.slice(pos) });
  return out;
}
