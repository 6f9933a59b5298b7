/**
 * Hanzi Reader annotation engine — the only public entry point of lib/annotate.
 *
 * Loading model (server-side only):
 * - `await annotate(text, options?)`: texts without Han characters are annotated at once from the
 *   curated glossary (aliases only) and never load the lexicon. The first text with Han
 *   characters loads the compiled lexicon (./lexicon: CC-CEDICT, word frequencies and readings,
 *   OpenCC's tables in one file, see docs/benchmarks.md) once per process; later calls reuse it.
 * - `const annotator = await getAnnotator()` loads everything once and returns a synchronous
 *   `annotator.annotate(text, options?)`, for batch work, the CLI and tests.
 * Both never throw on any string input, are deterministic, and return segments whose `text`
 * fields concatenate to the input exactly. Segments of the same term may share their
 * `syllables` and `meanings` objects: treat results as read-only.
 * Server-only: imports node:fs and loads packages Next.js keeps external (serverExternalPackages).
 */
import 'server-only';
import type { Glossary } from '../glossary';
import { annotateWith, type Resources } from './engine';
import { containsHan } from './han';
import type { Lexicon } from './lexicon';
import type { LexiconStats } from './lexicon/load';
import { createSimplifier, identitySimplifier } from './script';
import type { AnnotateOptions, Annotated } from './types';

export * from './types';
export { toRubyHtml, escapeHtml } from './ruby';
// Helpers of the engine that other modules share (the glossary's schema, the dictionary, texts' corrections):
export { findHanRuns, hanLengthAt, splitChars } from './han';
export {
  numberedToMarked,
  parseMarked,
  parseNumbered,
  parseNumberedReading,
  splitRomanization,
  type PinyinSyllable,
} from '../pinyin/spelling';
export { LengthBounds, PAIR_CURATED } from './segment/bounds';
export type { Candidate } from './lexicon';
export { glossTokens, readPostings, recordHeadword, recordReading } from './lexicon/search-keys';
export type { LexiconStats, Lexicon };

export interface Annotator {
  annotate(text: string, options?: AnnotateOptions): Annotated;
}

let full: Promise<Annotator> | null = null;

/**
 * The curated glossary, imported on first use: lib/glossary builds on the helpers this entry
 * exports, so a static import would close a cycle in which its schema runs before them.
 */
function curatedGlossary(): Promise<Glossary> {
  return import('../glossary').then(({ loadGlossary }) => loadGlossary());
}

// One lexicon per process, shared through globalThis: the proxy (which asks whether a glossary
// word exists) and the app are bundled separately, and each bundle would otherwise load its own.
const LEXICON_KEY = Symbol.for('hanzi-reader.lexicon');
interface SharedLexicon {
  promise: Promise<{ lexicon: Lexicon; stats: LexiconStats }>;
  lexicon?: Lexicon;
}
type WithLexicon = typeof globalThis & { [LEXICON_KEY]?: SharedLexicon };

/** The compiled lexicon (CC-CEDICT and the word lists), loaded once per process. */
export function getLexicon(): Promise<Lexicon> {
  return sharedLexicon().then(({ lexicon }) => lexicon);
}

/** The lexicon if it is loaded already, else null (never starts loading). */
export function loadedLexicon(): Lexicon | null {
  return (globalThis as WithLexicon)[LEXICON_KEY]?.lexicon ?? null;
}

function sharedLexicon(): Promise<{ lexicon: Lexicon; stats: LexiconStats }> {
  const scope = globalThis as WithLexicon;
  let shared = scope[LEXICON_KEY];
  if (!shared) {
    const promise = import('./lexicon/load').then(({ loadLexicon }) => loadLexicon());
    const entry: SharedLexicon = { promise };
    shared = scope[LEXICON_KEY] = entry;
    promise.then(
      (loaded) => {
        entry.lexicon = loaded.lexicon;
      },
      () => {
        // A failed load (e.g. a missing file) is retried on the next call instead of being cached.
        if (scope[LEXICON_KEY] === entry) delete scope[LEXICON_KEY];
      },
    );
  }
  return shared.promise;
}
let stats: LexiconStats | null = null;

/** Is the lexicon loaded (a text with Han characters was annotated, or getAnnotator() resolved)? */
export function isDictionaryLoaded(): boolean {
  return stats !== null;
}

/** How the lexicon was loaded; null before. */
export function dictionaryStats(): LexiconStats | null {
  return stats;
}

/** Loads the lexicon (once) and returns a synchronous annotator. */
export function getAnnotator(): Promise<Annotator> {
  full ??= (async () => {
    const [loaded, glossary] = await Promise.all([sharedLexicon(), curatedGlossary()]);
    const { lexicon } = loaded;
    const simplify = createSimplifier((text) => lexicon.toSimplified(text), lexicon.t2sTriggers());
    const res: Resources = { glossary, lexicon, simplify };
    stats = loaded.stats;
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
    const light: Resources = { glossary: await curatedGlossary(), lexicon: null, simplify: identitySimplifier };
    return annotateWith(light, text, options);
  }
  return (await getAnnotator()).annotate(text, options);
}
