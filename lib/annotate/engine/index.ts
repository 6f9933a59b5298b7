/**
 * The annotation pipeline, synchronous over already loaded resources. Steps, in order:
 * find Han runs → romanization-guided terms → cached per-run readings → alias mentions →
 * segments (lossless) → term summaries. Latin text is searched in its compatibility fold (same
 * offsets), segments are cut from the text as written.
 */
import { findAliases, type AliasTarget, type FamilyName } from '../aliases';
import { findHanRuns, splitChars } from '../han';
import { foldCompatible } from '../latin';
import { surnameOf } from '../names';
import { romanKey } from '../../pinyin/spelling';
import { summarize } from '../summary';
import type { AnnotateOptions, Annotated } from '../types';
import { createContext, type Resources } from './context';
import { guide } from './hints';
import { readRun, type Token } from './run';
import { assemble, spanList, termSegment, unitsOf } from './segments';

export type { Resources } from './context';

/** A run's characters as written and simplified; computed only when a run is actually read. */
interface RunData {
  written: string[];
  simp: string[];
}

/** Readings of one distinct run: its tokens and the code units each token covers. */
interface RunReading {
  tokens: readonly Token[];
  units: readonly number[];
}

/** Family name of a person alias: the alias word spelling the surname ("Lei" of "Lei Jun"). */
function familyNameOf(alias: string, termId: string, syllables: readonly { toneless: string }[]): FamilyName | null {
  const words = alias.trim().split(/\s+/);
  if (words.length < 2) return null;
  const s = surnameOf(Array.from(termId));
  if (!s) return null;
  const key = romanKey(
    syllables
      .slice(0, s.length)
      .map((x) => x.toneless)
      .join(''),
  );
  const word = [words[0], words.at(-1)].find((w) => w !== undefined && romanKey(w) === key);
  return word ? { name: word, termId } : null;
}

function familyNames(targets: readonly AliasTarget[], people: ReadonlyMap<string, readonly { toneless: string }[]>) {
  const out: FamilyName[] = [];
  for (const t of targets) {
    const syllables = people.get(t.termId);
    const f = syllables ? familyNameOf(t.alias, t.termId, syllables) : null;
    if (f && !out.some((o) => o.name === f.name && o.termId === f.termId)) out.push(f);
  }
  return out;
}

export function annotateWith(res: Resources, text: string, options?: AnnotateOptions): Annotated {
  const ctx = createContext(res, options);
  const runs = findHanRuns(text);
  const data: Array<RunData | undefined> = [];
  const runData = (i: number): RunData => {
    let d = data[i];
    if (!d) {
      const r = runs[i];
      const written = r ? splitChars(text.slice(r.start, r.end)) : [];
      d = { written, simp: res.simplify(written) };
      data[i] = d;
    }
    return d;
  };
  const latin = foldCompatible(text);
  const guided = guide(ctx, latin, runs, (i) => runData(i).simp);
  // Keyed by the run as written: a repeated run costs one Map lookup, not a re-read.
  const cache = new Map<string, RunReading>();
  const terms = spanList();
  const people = new Map<string, readonly { toneless: string }[]>();
  runs.forEach((run, index) => {
    const forced = guided.tokens.get(index);
    let reading: RunReading | undefined;
    if (forced) reading = { tokens: [forced], units: [run.end - run.start] };
    else {
      const key = text.slice(run.start, run.end);
      reading = cache.get(key);
      if (!reading) {
        const d = runData(index);
        const tokens = readRun(ctx, d.simp, d.written);
        reading = { tokens, units: unitsOf(tokens, d.written) };
        cache.set(key, reading);
      }
    }
    let offset = run.start;
    const { tokens, units } = reading;
    tokens.forEach((t, k) => {
      const end = offset + (units[k] ?? 0);
      terms.starts.push(offset);
      terms.segments.push(termSegment(text.slice(offset, end), t));
      if (t.kind === 'person') people.set(t.simplified, t.syllables);
      offset = end;
    });
  });

  const targets: AliasTarget[] = [];
  for (const g of res.glossary.terms) {
    for (const alias of g.aliases) targets.push({ alias, termId: g.simplified });
    if (g.kind === 'person') people.set(g.simplified, g.syllables);
  }
  targets.push(...guided.aliases);
  const aliases = spanList();
  for (const m of findAliases(latin, targets, familyNames(targets, people))) {
    aliases.starts.push(m.start);
    aliases.segments.push({ type: 'alias', text: text.slice(m.start, m.end), termId: m.termId });
  }
  const segments = assemble(text, terms, aliases);

  const textAliases = new Map<string, string[]>();
  for (const a of guided.aliases) {
    const list = textAliases.get(a.termId);
    if (list) list.push(a.alias);
    else textAliases.set(a.termId, [a.alias]);
  }
  return { segments, terms: summarize(segments, res.glossary.bySimplified, textAliases, res.lexicon) };
}
