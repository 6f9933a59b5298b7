/** Path of a term page below the locale; the hanzi percent-encoded. */
export function termPath(id: string): string {
  return `/glossary/${encodeURIComponent(id)}`;
}
