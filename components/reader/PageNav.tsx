/**
 * Links to the previous and next page of a long text and "page N of M", for the reader and the
 * manage page (which pages a text the same way, lib/reader/pages). Nothing when there is one page.
 */
export function PageNav({
  page,
  pageCount,
  href,
  lang,
  label,
  labels,
}: {
  page: number;
  pageCount: number;
  /** The link to page n (keeps what else the URL says). */
  href: (n: number) => string;
  /** The UI's language (the text around it may be Chinese). */
  lang: string;
  /** The navigation's name for screen readers (two navigations on a page need two names). */
  label: string;
  labels: { previous: string; next: string; pageOf: string };
}) {
  if (pageCount <= 1) return null;
  return (
    <nav
      lang={lang}
      aria-label={label}
      className="no-print mx-auto my-6 flex w-full max-w-[70ch] flex-wrap items-center gap-4 font-sans text-sm"
    >
      {page > 1 && (
        <a href={href(page - 1)} rel="prev" className="underline">
          {labels.previous}
        </a>
      )}
      <span aria-current="page">{labels.pageOf}</span>
      {page < pageCount && (
        <a href={href(page + 1)} rel="next" className="underline">
          {labels.next}
        </a>
      )}
    </nav>
  );
}
