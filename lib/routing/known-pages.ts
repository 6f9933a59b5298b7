/**
 * The pages that exist below a locale prefix. The proxy answers everything else with the
 * localized 404 page: Next 16 renders a dynamically thrown notFound() as an empty HTML shell
 * (content only in the RSC payload), so unknown paths must never reach a dynamic render.
 * The routes are those of the app tree (page-routes.generated.json, written from app/[locale] by
 * `npm run generate:routes`, part of the build): a new page needs no line here, unless it is
 * reached only through a rewrite (INTERNAL_ROUTES) or has a dynamic segment of a new name
 * (PARAMETERS says which values exist). Dictionary words (not curated or article terms) are
 * known when the dictionary has them; the proxy then renders them through the internal route
 * glossary-word, which is no address of its own.
 */
import { isTextId } from '../texts/paths';
import PAGE_ROUTES from './page-routes.generated.json';

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

/**
 * Routes of the app tree that are no address of their own: the proxy rewrites to them (status
 * pages, a dictionary word's page, an article written another way: lib/routing/display-variant).
 */
export const INTERNAL_ROUTES: ReadonlySet<string> = new Set([
  'page-not-found',
  'text-forbidden',
  'text-gone',
  'glossary-word/[word]',
  'articles/[slug]/display',
]);

/** Which values of each dynamic segment exist; a route with a segment not named here is refused (see the unit test). */
export const PARAMETERS: Record<string, (value: string, content: SiteContent) => boolean> = {
  slug: (value, content) => content.articleSlugs.has(value),
  // A curated or article term (prerendered), or any other word of the dictionary (rendered on demand).
  term: (value, content) =>
    content.termIds.has(value) || (WORD_SHAPE.test(value) && !!content.dictionaryWords?.has(value)),
  // A pasted text; whether the id exists is decided in the proxy (lib/texts/page-access).
  id: (value) => isTextId(value),
};

/** `routes`: as in page-routes.generated.json; exported for the unit test's throwaway app trees. */
export function pageMatcher(routes: readonly (readonly string[])[]) {
  const served = routes.filter((route) => !INTERNAL_ROUTES.has(route.join('/')));
  return (segments: readonly string[], content: SiteContent): boolean =>
    served.some(
      (route) =>
        route.length === segments.length &&
        route.every((part, i) => {
          const value = segments[i]!;
          const parameter = /^\[(.+)\]$/.exec(part)?.[1];
          if (parameter === undefined) return part === value;
          return PARAMETERS[parameter]?.(value, content) ?? false;
        }),
    );
}

const matchesPageRoute = pageMatcher(PAGE_ROUTES);

/** `segments`: the decoded path below the locale, e.g. ["articles", "xiaomi-2018"]. */
export function isKnownPage(segments: readonly string[], content: SiteContent): boolean {
  return matchesPageRoute(segments, content);
}
