'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { MAX_QUERY_LENGTH, type GlossarySort } from '@/lib/glossary-index/types';
import { matchesQuery, type TermSearchKeys } from '@/lib/reader/term-filter';

export interface GlossarySearchLabels {
  search: string;
  placeholder: string;
  sort: string;
  sortPinyin: string;
  sortKind: string;
  submit: string;
  noResults: string;
}

function searchFor(q: string, order: string): string {
  const params = new URLSearchParams();
  if (q.trim()) params.set('q', q.trim());
  if (order !== 'pinyin') params.set('sort', order);
  const search = params.toString();
  return search ? `?${search}` : '';
}

/**
 * The search form over the server-rendered list. Without JavaScript it is a plain GET form (the
 * server filters); with it, rows are shown and hidden as you type, the URL follows, and a new
 * order is fetched from the server.
 */
export function GlossarySearch({
  labels,
  terms,
  query,
  sort,
}: {
  labels: GlossarySearchLabels;
  /** Search keys of every entry, by term id. */
  terms: ReadonlyArray<{ id: string; keys: TermSearchKeys }>;
  query: string;
  sort: GlossarySort;
}) {
  const router = useRouter();
  const t = useTranslations('Glossary');
  const [value, setValue] = useState(query);
  const sortRef = useRef<HTMLSelectElement>(null);
  const matching = useMemo(
    () => new Set(terms.filter((term) => matchesQuery(term.keys, value)).map((term) => term.id)),
    [terms, value],
  );

  // The rows are server-rendered (and re-rendered for another order): show those that match.
  useEffect(() => {
    for (const group of document.querySelectorAll<HTMLElement>('[data-glossary-group]')) {
      let shown = 0;
      for (const row of group.querySelectorAll<HTMLElement>('.glossary-entry')) {
        row.hidden = !matching.has(row.dataset.termId ?? '');
        if (!row.hidden) shown++;
      }
      group.hidden = shown === 0;
    }
  }, [matching, sort]);

  const navigate = (q: string, order: string) => router.replace(`/glossary${searchFor(q, order)}`, { scroll: false });
  const onInput = (next: string) => {
    setValue(next);
    // Filtering needs no server; the URL follows so a reload or a shared link shows the same.
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}${searchFor(next, sortRef.current?.value ?? sort)}`,
    );
  };

  return (
    <form
      role="search"
      method="get"
      className="mt-6 flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        navigate(value, sortRef.current?.value ?? sort);
      }}
    >
      <div className="min-w-64 flex-1">
        <label htmlFor="glossary-q" className="block text-sm font-medium">
          {labels.search}
        </label>
        <input
          id="glossary-q"
          name="q"
          type="search"
          value={value}
          maxLength={MAX_QUERY_LENGTH}
          onChange={(event) => onInput(event.target.value)}
          placeholder={labels.placeholder}
          autoComplete="off"
          spellCheck={false}
          className="mt-1 w-full rounded border border-stone-300 bg-white px-3 py-2 text-base dark:border-stone-700 dark:bg-stone-900"
        />
      </div>
      <div>
        <label htmlFor="glossary-sort" className="block text-sm font-medium">
          {labels.sort}
        </label>
        <select
          id="glossary-sort"
          name="sort"
          ref={sortRef}
          defaultValue={sort}
          onChange={(event) => navigate(value, event.target.value)}
          className="mt-1 rounded border border-stone-300 bg-white px-2 py-2 text-base dark:border-stone-700 dark:bg-stone-900"
        >
          <option value="pinyin">{labels.sortPinyin}</option>
          <option value="kind">{labels.sortKind}</option>
        </select>
      </div>
      <button
        type="submit"
        className="rounded border border-stone-300 px-4 py-2 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800"
      >
        {labels.submit}
      </button>
      <p role="status" className="w-full text-sm text-stone-600 dark:text-stone-400">
        {matching.size === 0 ? labels.noResults : t('resultCount', { shown: matching.size, total: terms.length })}
      </p>
    </form>
  );
}
