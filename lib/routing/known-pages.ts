/**
 * The pages that exist below a locale prefix. The proxy answers everything else with the
 * localized 404 page: Next 16 renders a dynamically thrown notFound() as an empty HTML shell
 * (content only in the RSC payload), so unknown paths must never reach a dynamic render.
 * Add a line here with every new page route. Dictionary words (not curated or article terms) are
 * known when the dictionary has them; the proxy then renders them through the internal route
 * glossary-word, which is no address of its own.
 */
import { isTextId } from '../texts/paths';

export interface SiteContent {
  articleSlugs: ReadonlySet<string>;
  /** Glossary term ids (simplified hanzi): lib/glossary-index glossaryTermIds(). */
  termIds: ReadonlySet<string>;
  /**
   * Words of the whole dictionary that have a glossary page (lib/dictionary hasPage). Only asked
   * for a glossary path that is no term id and is shaped like a word (see dictionaryWordAsked):
   * the proxy loads the dictionary for those alone.
   */
  dictionaryWords?: { has(word: string): boolean };
}

/** Han characters only, at most 32 (the longest CC-CEDICT headwords have about 20). */
const WORD_SHAPE = /^\p{Script=Han}{1,32}$/u;

/**
 * The word of a glossary page path that only the whole dictionary can confirm (not a curated or
 * article term, shaped like a headword), else null.
 */
export function dictionaryWordAsked(segments: readonly string[], content: SiteContent): string | null {
  const [first, word] = segments;
  if (segments.length !== 2 || first !== 'glossary' || word === undefined || content.termIds.has(word)) return null;
  return WORD_SHAPE.test(word) ? word : null;
}

type PageMatcher = (segments: readonly string[], content: SiteContent) => boolean;

const PAGES: PageMatcher[] = [
  (s) => s.length === 0,
  (s, c) => s.length === 2 && s[0] === 'articles' && c.articleSlugs.has(s[1]!),
  // The article's link preview image (app/[locale]/articles/[slug]/opengraph-image/card/route.tsx).
  (s, c) => s.length === 4 && s[0] === 'articles' && c.articleSlugs.has(s[1]!) && s[2] === 'opengraph-image' && s[3] === 'card',
  (s) => s.length === 1 && s[0] === 'glossary',
  (s, c) => s.length === 2 && s[0] === 'glossary' && c.termIds.has(s[1]!),
  // Any other word of the dictionary: rendered on demand (app/[locale]/glossary/[term]).
  (s, c) => {
    const word = dictionaryWordAsked(s, c);
    return word !== null && !!c.dictionaryWords?.has(word);
  },
  (s) => s.length === 1 && s[0] === 'saved',
  (s) => s.length === 1 && s[0] === 'review',
  (s) => s.length === 2 && s[0] === 'texts' && s[1] === 'new',
  (s) => s.length === 1 && s[0] === 'texts',
  // A pasted text and its manage page; whether the id exists is decided in the proxy (lib/texts/page-access).
  (s) => s[0] === 'texts' && isTextId(s[1] ?? '') && (s.length === 2 || (s.length === 3 && s[2] === 'manage')),
];

/** `segments`: the decoded path below the locale, e.g. ["articles", "xiaomi-2018"]. */
export function isKnownPage(segments: readonly string[], content: SiteContent): boolean {
  return PAGES.some((matches) => matches(segments, content));
}
