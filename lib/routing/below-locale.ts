/** The address in the browser below its locale: "/articles/x?ruby=off#glossary" (all of "/fr/x" on a 404 for /fr/x). */
export function belowLocale(
  { pathname, search, hash }: Pick<Location, 'pathname' | 'search' | 'hash'>,
  locales: readonly string[],
): string {
  const [, first = '', ...rest] = pathname.split('/');
  const path = locales.includes(first) ? rest.join('/') : pathname.slice(1);
  return `${path ? `/${path}` : ''}${search}${hash}`;
}
